// The indexer's commands as library functions, so tests can call them and
// main.cc only parses flags. Diagnostics go to `err` in compiler format
// ("file:line: error: field 'year': ..."), results to `out`; the return
// value is the process exit code (docs/indexer.md).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace jipp::indexer {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;  // some records were rejected; check found problems
inline constexpr int kExitUsage = 2;     // bad flags, missing files, locked index
inline constexpr int kExitFailed = 3;    // the index could not be written or read

struct CommonOptions {
  std::string data_dir;
  std::string hunspell_dic;
};

struct BuildOptions {
  CommonOptions common;
  std::vector<std::string> inputs;  // "-" is standard input
  std::string index_dir;
  std::string rejects_path;  // default: <index_dir>.rejects.jsonl
  bool strict = false;       // any rejection fails the build; nothing is published
  unsigned shards = 1;
  // Writer threads for a one-shard build (their parts are compacted into
  // one database); with N shards there is one thread per shard.
  unsigned jobs = 1;
  uint64_t batch_size = 1000;
  int progress = -1;  // 1 bar, 0 plain lines, -1 bar when stderr is a terminal
};

// Builds a new version beside the live one and switches it in atomically.
int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err);

struct UpdateOptions {
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string index_dir;
  std::string rejects_path;
  bool strict = false;  // any rejection: the live index is left as it was
  uint64_t batch_size = 1000;
  int progress = -1;
};

// Upserts records by id and applies {"id", "deleted": true} markers to the
// live version, in committed batches.
int run_update(const UpdateOptions& options, std::ostream& out, std::ostream& err);

struct DeleteOptions {
  CommonOptions common;
  std::string index_dir;
  std::vector<std::string> ids;
};

int run_delete(const DeleteOptions& options, std::ostream& out, std::ostream& err);

struct StatsOptions {
  CommonOptions common;
  std::string index_dir;
  size_t top = 20;  // values listed per facet
  bool json = false;
};

// Records, version, build time, size, per-facet value counts, and facet
// values that look like near-duplicates.
int run_stats(const StatsOptions& options, std::ostream& out, std::ostream& err);

struct CheckOptions {
  std::string index_dir;
};

// Xapian's consistency check of every shard, plus: every document has one
// id term and its stored record parses and names that id.
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

struct AnalyzeOptions {
  CommonOptions common;
  std::string text;  // empty: read standard input
  bool json = false;
};

int run_analyze(const AnalyzeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace jipp::indexer
