// bench-http: searchd over HTTP under wrk. Starts the real searchd on a free
// loopback port (common/searchd_instance.h) with --threads N, reads its idle
// RSS, sends every request path once as a warm-up (and checks they answer
// 200), then runs wrk with wrk_queries.lua at each connection count for
// match=any and match=all, sampling searchd's RSS during each run. Stops
// searchd (SIGTERM) at the end, also on errors. Writes one JSON file.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include "common/interrupt.h"
#include "common/searchd_instance.h"
#include "jipp/cli.h"
#include "speed/proc_info.h"
#include "speed/rss_sampler.h"
#include "speed/wrk_run.h"

namespace {

using namespace jipp::bench;
using namespace jipp::bench::speed;

const char* kUsage =
    "usage: bench-http --searchd PATH --index DIR --paths-any FILE --paths-all FILE\n"
    "                  --lua wrk_queries.lua --out FILE.json [--threads N] [--duration S]\n"
    "                  [--connections LIST] [--all-connections LIST] [--wrk-threads N]\n"
    "                  [--wrk PATH]\n"
    "Defaults: --threads 16, --duration 10, --connections 1,8,32,128 (match=any),\n"
    "--all-connections 1,8 (match=all), --wrk-threads 2.\n"
    "Exit codes: 0 ok, 1 searchd or wrk failed, 2 bad usage, 130 interrupted.\n";

int fail(const std::string& message, int code = 1) {
  std::cerr << "bench-http: " << message << "\n";
  return code;
}

bool parse_list(const std::string& text, std::vector<int>* out) {
  out->clear();
  std::istringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    unsigned long long n = 0;
    if (!jipp::cli::parse_uint(item, 10000, &n) || n == 0) return false;
    out->push_back(static_cast<int>(n));
  }
  return true;
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

int main(int argc, char** argv) {
  std::string searchd, index_dir, paths_any, paths_all, lua, out_path, wrk = "wrk";
  unsigned long long threads = 16, duration = 10, wrk_threads = 2;
  std::vector<int> conns_any{1, 8, 32, 128}, conns_all{1, 8};
  jipp::cli::Flags flags("bench-http");
  flags.required("--searchd", &searchd);
  flags.required("--index", &index_dir);
  flags.required("--paths-any", &paths_any);
  flags.required("--paths-all", &paths_all);
  flags.required("--lua", &lua);
  flags.required("--out", &out_path);
  flags.text("--wrk", &wrk);
  flags.uint("--threads", 1, 1024, &threads);
  flags.uint("--duration", 1, 3600, &duration);
  flags.uint("--wrk-threads", 1, 64, &wrk_threads);
  flags.custom("--connections", "a list like 1,8,32",
               [&](const std::string& v) { return parse_list(v, &conns_any); });
  flags.custom("--all-connections", "a list like 1,8",
               [&](const std::string& v) { return parse_list(v, &conns_all); });
  if (const std::string err = flags.parse(argc, argv); !err.empty()) return fail(err, 2);
  if (flags.help()) {
    std::cout << kUsage;
    return 0;
  }
  install_interrupt_handlers();

  SearchdOptions so;
  so.searchd = searchd;
  so.index_dir = index_dir;
  so.extra_args = {"--threads", std::to_string(threads)};
  so.start_timeout = std::chrono::seconds(300);  // reload() builds the facet columns
  const auto t0 = std::chrono::steady_clock::now();
  auto server = SearchdInstance::start(so);
  if (!server.is_ok()) return fail(server.status().message());
  const double start_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // SearchdInstance keeps its pid private; searchd is this process's only
  // child running that executable.
  const auto pid = child_running(::getpid(), searchd);
  if (!pid) return fail("cannot find searchd's pid among this process's children");
  std::this_thread::sleep_for(std::chrono::seconds(1));
  nlohmann::ordered_json j;
  j["searchd_threads"] = threads;
  j["wrk_duration_s"] = duration;
  j["start_seconds"] = start_s;
  j["health"] = nlohmann::json::parse((*server)->health(), nullptr, false);
  j["idle_rss_kb"] = status_kb(*pid, "VmRSS").value_or(0);

  const std::string url = "http://" + (*server)->host() + ":" + std::to_string((*server)->port());
  // Warm-up: every path once, sequentially; they must all answer 200.
  {
    httplib::Client client((*server)->host(), (*server)->port());
    client.set_read_timeout(60, 0);
    size_t sent = 0, bad = 0;
    std::string first_bad;
    for (const std::string& file : {paths_any, paths_all}) {
      for (const std::string& path : read_lines(file)) {
        if (interrupted()) return fail("interrupted", 130);
        auto res = client.Get(path.c_str());
        ++sent;
        if (!res || res->status != 200) {
          if (bad++ == 0) {
            first_bad = path + " -> " + (res ? std::to_string(res->status) + " " + res->body
                                             : httplib::to_string(res.error()));
          }
        }
      }
    }
    j["warmup"] = {{"requests", sent}, {"non_200", bad}, {"first_non_200", first_bad}};
    if (sent == 0) return fail("no request paths in " + paths_any);
    if (bad) std::cerr << "bench-http: warm-up: " << bad << " of " << sent << " not 200, e.g. " << first_bad << "\n";
  }
  j["rss_after_warmup_kb"] = status_kb(*pid, "VmRSS").value_or(0);

  nlohmann::ordered_json runs = nlohmann::ordered_json::array();
  uint64_t load_max = 0;
  for (const auto& [match, file, conns] :
       {std::tuple{"any", paths_any, conns_any}, std::tuple{"all", paths_all, conns_all}}) {
    for (int c : conns) {
      if (interrupted()) return fail("interrupted", 130);
      WrkOptions wo;
      wo.wrk = wrk;
      wo.url = url;
      wo.script = lua;
      wo.paths_file = file;
      wo.threads = static_cast<int>(wrk_threads);
      wo.connections = c;
      wo.duration_s = static_cast<int>(duration);
      // Requests the previous row left queued in searchd must finish first.
      const double drained = wait_until_idle(*pid, 0.05, 300);
      // System-wide counters: a full listen queue drops connection attempts,
      // and the client retries the SYN after 1 s, 3 s, ...
      const uint64_t overflows0 = tcp_ext_counter("ListenOverflows").value_or(0);
      const uint64_t syn_retrans0 = tcp_ext_counter("TCPSynRetrans").value_or(0);
      RssSampler sampler(*pid, std::chrono::milliseconds(100));
      auto r = run_wrk(wo);
      const uint64_t max_rss = sampler.stop();
      const uint64_t overflows = tcp_ext_counter("ListenOverflows").value_or(0) - overflows0;
      const uint64_t syn_retrans = tcp_ext_counter("TCPSynRetrans").value_or(0) - syn_retrans0;
      if (!r.is_ok()) return fail(r.status().message());
      load_max = std::max(load_max, max_rss);
      nlohmann::ordered_json run;
      run["match"] = match;
      run["connections"] = c;
      run["wrk_threads"] = std::max(1, std::min(static_cast<int>(wrk_threads), c));
      run.update(to_json(*r));
      run["max_rss_kb"] = max_rss;
      run["listen_overflows"] = overflows;
      run["idle_wait_s_before"] = std::round(drained * 10) / 10;
      run["syn_retransmits"] = syn_retrans;
      std::cerr << "bench-http: match=" << match << " c=" << c << ": " << r->requests_per_s
                << " req/s, p50 " << r->p50_ms << " ms, p99 " << r->p99_ms << " ms, errors "
                << r->errors() << ", RSS " << max_rss / 1024 << " MB, listen overflows "
                << overflows << "\n";
      runs.push_back(std::move(run));
    }
  }
  j["runs"] = runs;
  j["load_max_rss_kb"] = load_max;
  j["peak_rss_kb"] = status_kb(*pid, "VmHWM").value_or(0);
  const int code = (*server)->stop();
  j["searchd_exit_code"] = code;
  std::ofstream out(out_path, std::ios::trunc);
  out << j.dump(1) << "\n";
  if (!out) return fail("cannot write " + out_path);
  if (code != 0) return fail("searchd did not exit cleanly (" + describe_exit(code) + ")");
  return 0;
}
