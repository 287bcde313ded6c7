// WrkRun: one wrk(1) load run against a running searchd with
// wrk_queries.lua, its machine-readable summary parsed: requests/s,
// latency percentiles and errors (socket errors, timeouts and HTTP
// statuses >= 400, which wrk counts as "status" errors).
// Thread-safety: reentrant (one wrk child per call).
// Not for starting searchd (bench-http does, with common/searchd_instance.h).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

#include "jipp/status.h"

namespace jipp::bench::speed {

struct WrkOptions {
  std::string wrk = "wrk";  // path or name in PATH
  std::string url;          // http://127.0.0.1:PORT
  std::string script;       // wrk_queries.lua
  std::string paths_file;   // one request path per line
  int threads = 2;          // lowered to `connections` when that is smaller
  int connections = 8;
  int duration_s = 10;
  int timeout_s = 30;       // a slower request counts as a timeout error
};

struct WrkResult {
  uint64_t requests = 0;
  double duration_s = 0;
  double requests_per_s = 0;
  double mean_ms = 0, p50_ms = 0, p90_ms = 0, p99_ms = 0, p999_ms = 0, max_ms = 0;
  uint64_t connect_errors = 0, read_errors = 0, write_errors = 0, status_errors = 0,
           timeouts = 0;
  uint64_t errors() const {
    return connect_errors + read_errors + write_errors + status_errors + timeouts;
  }
  std::string output;  // wrk's own report
};

// unavailable when wrk cannot run or prints no JSON line (its output is
// quoted).
Result<WrkResult> run_wrk(const WrkOptions& options);

nlohmann::ordered_json to_json(const WrkResult& r);

}  // namespace jipp::bench::speed
