// IndexBuild: runs the project's real `indexer build` on a corpus, as an
// admin would, and reads back its totals line ("indexer: 1000 lines: 998
// indexed (0 repeated id), 0 deleted, 2 rejected, 1 warning(s)").
// Thread-safety: reentrant (one child process per call).
// Not for reading rejected records: the indexer writes them to its rejects
// file, whose path is reported.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "jipp/status.h"

namespace jipp::bench {

struct IndexBuildOptions {
  std::string indexer;  // path of the indexer binary
  std::vector<std::string> inputs;
  std::string index_dir;
};

struct IndexBuildResult {
  int exit_code = 0;  // 0 all indexed, 1 some rejected
  // From the totals line; nullopt when the indexer printed none we recognise.
  std::optional<size_t> read, indexed, rejected;
  std::string rejects_path;  // <index_dir>.rejects.jsonl
  std::string output;        // everything the indexer printed
  double seconds = 0;
};

// Builds the index. Exit codes 0 and 1 are successes (1: some records were
// rejected, as counted in the result). Any other exit code is an error whose
// message quotes the end of the indexer's output.
Result<IndexBuildResult> build_index(const IndexBuildOptions& options);

}  // namespace jipp::bench
