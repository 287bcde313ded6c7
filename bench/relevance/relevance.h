// Relevance: one evaluation run, end to end. Loads the collection, runs
// searchd ("jippnas") and the chosen baselines one after another (so at most
// one server runs at a time), scores them, writes OUT/summary.json and
// OUT/per_query.tsv and prints the table. main.cc only parses flags.
// Thread-safety: call from main.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "jipp/status.h"

namespace jipp::bench::relevance {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;   // a system could not be evaluated
inline constexpr int kExitUsage = 2;    // bad flags, unreadable or malformed inputs
inline constexpr int kExitBaselineUnavailable = 3;  // --baselines asked for one we cannot run
inline constexpr int kExitInterrupted = 130;

// Baseline names in run order.
inline constexpr const char* kBaselineXapian = "xapian-snowball";
inline constexpr const char* kBaselineSqlite = "sqlite-fts5";
inline constexpr const char* kBaselinePostgres = "postgres";

struct Options {
  std::string corpus, queries, qrels;
  std::string indexer, searchd;
  std::string out;
  std::string name;  // default: the last component of `out`
  size_t limit = 0;  // evaluate only the first N queries; 0: all
  std::vector<std::string> baselines{kBaselineXapian, kBaselineSqlite, kBaselinePostgres};
  bool baselines_explicit = false;  // given by --baselines: unavailable is an error
  std::string pg_bindir;            // empty: common/postgres_server.h's default
  std::vector<std::string> command_line;  // recorded in summary.json
};

// "xapian,sqlite,postgres" (full names and "pg"/"postgresql"/"fts5" are
// accepted too; "none" for no baseline) -> canonical names in run order,
// without duplicates. invalid_argument names an unknown entry.
Result<std::vector<std::string>> parse_baselines(std::string_view list);

// The whole run; returns the exit code. The table goes to `out`, progress
// and errors to `err`.
int run_relevance(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace jipp::bench::relevance
