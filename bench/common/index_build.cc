#include "common/index_build.h"

#include <chrono>
#include <regex>

#include "common/process.h"

namespace jipp::bench {

Result<IndexBuildResult> build_index(const IndexBuildOptions& options) {
  std::vector<std::string> argv{options.indexer, "build"};
  for (const std::string& in : options.inputs) {
    argv.push_back("--input");
    argv.push_back(in);
  }
  argv.push_back("--index");
  argv.push_back(options.index_dir);

  const auto t0 = std::chrono::steady_clock::now();
  CommandResult run = run_command(argv);
  IndexBuildResult result;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  result.exit_code = run.exit_code;
  result.output = std::move(run.output);
  result.rejects_path = options.index_dir + ".rejects.jsonl";
  if (result.exit_code != 0 && result.exit_code != 1) {
    return Status(ErrorKind::kInternal, "indexer build failed (" + describe_exit(result.exit_code) +
                                            "):\n" + tail_lines(result.output, 10));
  }
  // "indexer: 320 lines: 318 indexed (0 repeated id), 0 deleted, 2 rejected, ..."
  static const std::regex kTotals(
      R"(indexer: (\d+) lines: (\d+) indexed \(\d+ repeated id\), \d+ deleted, (\d+) rejected)");
  std::smatch m;
  if (std::regex_search(result.output, m, kTotals)) {
    result.read = std::stoull(m[1].str());
    result.indexed = std::stoull(m[2].str());
    result.rejected = std::stoull(m[3].str());
  }
  return result;
}

}  // namespace jipp::bench
