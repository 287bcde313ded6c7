// bench-report: the speed benchmark's bookkeeping and report.
//   bench-report meta --out FILE.json --commit C --command CMD --build-dir DIR
//                     [--compiler TEXT] [--queries N --seed S --sample-records N]
//     writes the run's facts: date, commit, command, machine (nproc, CPU
//     model from /proc/cpuinfo, RAM, kernel), build type and flags.
//   bench-report render --results DIR --out FILE.md --plots-dir DIR
//                       [--notes FILE] [--headline N]
//     reads DIR/n<records>/*.json, writes the markdown report and the
//     gnuplot data files (bench/run then runs bench/report/*.gp).
#include <sys/utsname.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "report/markdown.h"
#include "report/plots.h"
#include "report/results.h"

namespace {

using namespace jipp::bench::report;

const char* kUsage =
    "usage: bench-report meta --out FILE.json --commit C --command CMD --build-dir DIR\n"
    "                         [--compiler TEXT] [--queries N] [--seed S] [--sample-records N]\n"
    "                         [--rerun STAGES]   (append a rerun note to an existing FILE)\n"
    "       bench-report render --results DIR --out FILE.md --plots-dir DIR [--notes FILE]\n"
    "                           [--headline N]\n"
    "Exit codes: 0 ok, 1 cannot write, 2 bad usage.\n";

int fail(const std::string& message, int code) {
  std::cerr << "bench-report: " << message << "\n";
  return code;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string cpu_model() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      const size_t colon = line.find(':');
      if (colon != std::string::npos) {
        std::string v = line.substr(colon + 1);
        while (!v.empty() && v.front() == ' ') v.erase(0, 1);
        return v;
      }
    }
  }
  return "unknown";
}

uint64_t mem_total_kb() {
  std::ifstream in("/proc/meminfo");
  std::string key;
  uint64_t kb = 0;
  while (in >> key >> kb) {
    if (key == "MemTotal:") return kb;
    in.ignore(1 << 20, '\n');
  }
  return 0;
}

// name -> value of the CMakeCache.txt entries we report.
std::map<std::string, std::string> cmake_cache(const std::string& build_dir) {
  std::map<std::string, std::string> out;
  std::ifstream in(build_dir + "/CMakeCache.txt");
  std::string line;
  while (std::getline(in, line)) {
    const size_t colon = line.find(':');
    const size_t eq = line.find('=');
    if (colon == std::string::npos || eq == std::string::npos || colon > eq) continue;
    out[line.substr(0, colon)] = line.substr(eq + 1);
  }
  return out;
}

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

int run_meta(const std::map<std::string, std::string>& a) {
  for (const char* k : {"--out", "--commit", "--command", "--build-dir"}) {
    if (!a.count(k)) return fail(std::string(k) + " is required", 2);
  }
  if (a.count("--rerun")) {
    // Some stages run again over an earlier run: keep its facts, note this one.
    std::ifstream in(a.at("--out"));
    auto j = nlohmann::ordered_json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return fail("cannot read " + a.at("--out"), 2);
    j["reruns"].push_back({{"date", utc_now()},
                           {"commit", a.at("--commit")},
                           {"command", a.at("--command")},
                           {"stages", a.at("--rerun")},
                           {"loadavg_at_start", read_text("/proc/loadavg").substr(0, 14)}});
    std::ofstream out(a.at("--out"), std::ios::trunc);
    out << j.dump(1) << "\n";
    if (!out) return fail("cannot write " + a.at("--out"), 1);
    return 0;
  }
  nlohmann::ordered_json j;
  j["date"] = utc_now();
  j["commit"] = a.at("--commit");
  j["command"] = a.at("--command");
  utsname u{};
  ::uname(&u);
  j["machine"] = {{"nproc", ::sysconf(_SC_NPROCESSORS_ONLN)},
                  {"cpu_model", cpu_model()},
                  {"mem_total_kb", mem_total_kb()},
                  {"kernel", u.release},
                  {"loadavg_at_start", read_text("/proc/loadavg").substr(0, 14)}};
  const auto cache = cmake_cache(a.at("--build-dir"));
  auto get = [&cache](const std::string& k) {
    auto it = cache.find(k);
    return it == cache.end() ? std::string() : it->second;
  };
  const std::string type = get("CMAKE_BUILD_TYPE");
  std::string flags = get("CMAKE_CXX_FLAGS");
  std::string upper = type;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string typed = get("CMAKE_CXX_FLAGS_" + upper);
  flags += (flags.empty() || typed.empty() ? "" : " ") + typed;
  j["build"] = {{"type", type},
                {"cxx_flags", flags},
                {"compiler", a.count("--compiler") ? a.at("--compiler") : ""}};
  if (a.count("--queries")) {
    j["query_set"] = {{"count", std::stoull(a.at("--queries"))},
                      {"seed", std::stoull(a.count("--seed") ? a.at("--seed") : "1")},
                      {"sample_records", std::stoull(a.count("--sample-records")
                                                         ? a.at("--sample-records")
                                                         : "10000")}};
  }
  std::ofstream out(a.at("--out"), std::ios::trunc);
  out << j.dump(1) << "\n";
  if (!out) return fail("cannot write " + a.at("--out"), 1);
  return 0;
}

int run_render(const std::map<std::string, std::string>& a) {
  for (const char* k : {"--results", "--out", "--plots-dir"}) {
    if (!a.count(k)) return fail(std::string(k) + " is required", 2);
  }
  const auto results = load_results(a.at("--results"));
  if (results.empty()) return fail("no results under " + a.at("--results"), 2);
  ReportOptions o;
  if (a.count("--notes")) o.notes = read_text(a.at("--notes"));
  if (a.count("--headline")) o.headline_records = std::stoull(a.at("--headline"));
  std::string error;
  if (!write_plot_data(results, o.headline_records, a.at("--plots-dir"), &error)) {
    return fail(error, 1);
  }
  std::ofstream out(a.at("--out"), std::ios::trunc);
  out << render_markdown(results, o);
  if (!out) return fail("cannot write " + a.at("--out"), 1);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return fail("give a command: meta or render\n" + std::string(kUsage), 2);
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h") {
    std::cout << kUsage;
    return 0;
  }
  std::map<std::string, std::string> args;
  for (int i = 2; i < argc; ++i) {
    const std::string k = argv[i];
    if (k.rfind("--", 0) != 0 || i + 1 >= argc) {
      return fail("expected --name value pairs, got '" + k + "'", 2);
    }
    args[k] = argv[++i];
  }
  if (cmd == "meta") return run_meta(args);
  if (cmd == "render") return run_render(args);
  return fail("unknown command '" + cmd + "' (meta or render)", 2);
}
