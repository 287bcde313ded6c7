// The indexer's commands as library functions, so tests can call them and
// main.cc only parses flags.
// Diagnostics go to `err` in compiler format ("file:line: error: ...");
// the return value is the process exit code (see docs/indexer.md).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace jipp::indexer {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;  // some records were rejected
inline constexpr int kExitUsage = 2;     // bad flags, missing files, locked index
inline constexpr int kExitFailed = 3;    // the index could not be written

struct CommonOptions {
  std::string data_dir;
  std::string hunspell_dic;
};

struct BuildOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string index_dir;
  std::string rejects_path;  // default: <index_dir>.rejects.jsonl
  bool strict = false;       // any rejection fails the build
  size_t batch_size = 20000;
};

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err);

struct AnalyzeOptions {
  CommonOptions common;
  std::string text;  // empty: read standard input
  bool json = false;
};

int run_analyze(const AnalyzeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace jipp::indexer
