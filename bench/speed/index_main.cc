// bench-index: times the real `indexer build` CLI on a corpus, as an admin
// runs it, and records what the speed report needs: wall time, records/s,
// MB/s, index size on disk and the indexer's peak resident memory
// (getrusage RUSAGE_CHILDREN: the only child this process waits for).
// Parses flags, runs the indexer once, writes one JSON file.
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <string>

#include <nlohmann/json.hpp>

#include "common/process.h"
#include "jipp/cli.h"
#include "speed/proc_info.h"

namespace {

using namespace jipp::bench;

const char* kUsage =
    "usage: bench-index --indexer PATH --corpus FILE.jsonl --index DIR --out FILE.json\n"
    "                   [--shards N]\n"
    "Runs `indexer build --input FILE --index DIR [--shards N]` into a fresh DIR.\n"
    "Exit codes: 0 ok, 1 the indexer failed or rejected records, 2 bad usage.\n";

int fail(const std::string& message, int code = 1) {
  std::cerr << "bench-index: " << message << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  std::string indexer, corpus, index_dir, out_path;
  unsigned long long shards = 1;
  jipp::cli::Flags flags("bench-index");
  flags.required("--indexer", &indexer);
  flags.required("--corpus", &corpus);
  flags.required("--index", &index_dir);
  flags.required("--out", &out_path);
  flags.uint("--shards", 1, 64, &shards);
  if (const std::string err = flags.parse(argc, argv); !err.empty()) return fail(err, 2);
  if (flags.help()) {
    std::cout << kUsage;
    return 0;
  }
  std::error_code ec;
  const uintmax_t input_bytes = std::filesystem::file_size(corpus, ec);
  if (ec) return fail("cannot read corpus " + corpus, 2);
  if (std::filesystem::exists(index_dir)) return fail(index_dir + " exists; give a fresh directory", 2);

  std::vector<std::string> argv_indexer{indexer, "build", "--input", corpus, "--index", index_dir,
                                        "--progress", "lines"};
  if (shards > 1) {
    argv_indexer.push_back("--shards");
    argv_indexer.push_back(std::to_string(shards));
  }
  const auto t0 = std::chrono::steady_clock::now();
  CommandResult run = run_command(argv_indexer);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  rusage ru{};
  ::getrusage(RUSAGE_CHILDREN, &ru);
  if (run.exit_code != 0) {
    return fail("indexer build failed (" + describe_exit(run.exit_code) + "):\n" +
                tail_lines(run.output, 8));
  }
  // "indexer: 10000 lines: 10000 indexed (0 repeated id), 0 deleted, 0 rejected, ..."
  static const std::regex kTotals(R"((\d+) indexed)");
  std::smatch m;
  uint64_t indexed = 0;
  if (std::regex_search(run.output, m, kTotals)) indexed = std::stoull(m[1].str());
  if (indexed == 0) return fail("no \"N indexed\" totals line in:\n" + tail_lines(run.output, 8));

  const uint64_t bytes = speed::disk_bytes(index_dir);
  nlohmann::ordered_json j;
  j["engine"] = shards > 1 ? "indexer --shards " + std::to_string(shards) : "indexer";
  j["command"] = argv_indexer;
  j["shards"] = shards;
  j["records"] = indexed;
  j["input_bytes"] = input_bytes;
  j["seconds"] = std::round(seconds * 1000) / 1000;
  j["records_per_s"] = std::round(indexed / seconds * 10) / 10;
  j["mb_per_s"] = std::round(input_bytes / 1e6 / seconds * 100) / 100;
  j["index_bytes"] = bytes;
  j["bytes_per_record"] = bytes / indexed;
  j["peak_rss_kb"] = ru.ru_maxrss;
  j["user_cpu_s"] = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
  j["system_cpu_s"] = ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  j["indexer_output_tail"] = tail_lines(run.output, 3, "");
  std::ofstream out(out_path, std::ios::trunc);
  out << j.dump(1) << "\n";
  if (!out) return fail("cannot write " + out_path);
  std::cerr << "bench-index: " << j["engine"].get<std::string>() << ": " << indexed
            << " records in " << seconds << " s (" << j["records_per_s"] << " records/s), "
            << bytes / 1e6 << " MB, peak RSS " << ru.ru_maxrss / 1024 << " MB\n";
  return 0;
}
