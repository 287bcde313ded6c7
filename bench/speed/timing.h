// Timing: runs a query set through one engine configuration, single thread,
// and records per-query latency: `warmup` untimed passes first (caches,
// page cache, prepared plans are warm), then `passes` timed passes over the
// same queries in the same order. The engine is a callback, so searchd
// in-process, SQLite and PostgreSQL are timed by the same loop and clock.
// Thread-safety: runs on the caller's thread.
// Not for concurrent load (wrk does that over HTTP).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "jipp/status.h"
#include "speed/query_set.h"
#include "speed/stats.h"

namespace jipp::bench::speed {

struct QueryOutcome {
  int64_t total = -1;  // matching records, -1 when the configuration does not count them
};

using QueryFn = std::function<Result<QueryOutcome>(const BenchQuery&)>;

struct TimedRun {
  LatencySummary latency;         // over every timed sample (queries x passes)
  std::vector<double> per_query;  // per query: median of its timed samples, ms
  std::vector<int64_t> totals;    // per query, from the last timed pass
  size_t errors = 0;              // failed calls (any pass)
  std::string first_error;
  double seconds = 0;  // wall time of the timed passes
};

// unavailable when interrupted (Ctrl-C); query errors are counted, not fatal.
Result<TimedRun> run_timed(const std::vector<BenchQuery>& queries, int warmup, int passes,
                           const QueryFn& fn);

// {"latency_ms": {...}, "errors", "first_error", "seconds", "totals": [...],
//  "per_query_ms": [...], "slowest": [{"qid", "ms"} x5]}
nlohmann::ordered_json to_json(const TimedRun& run, const std::vector<BenchQuery>& queries);

}  // namespace jipp::bench::speed
