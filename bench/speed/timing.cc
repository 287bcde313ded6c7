#include "speed/timing.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

#include "common/interrupt.h"

namespace jipp::bench::speed {

namespace {
using Clock = std::chrono::steady_clock;
}  // namespace

Result<TimedRun> run_timed(const std::vector<BenchQuery>& queries, int warmup, int passes,
                           const QueryFn& fn) {
  TimedRun run;
  run.totals.assign(queries.size(), -1);
  std::vector<std::vector<double>> samples(queries.size());
  std::vector<double> all;
  all.reserve(queries.size() * static_cast<size_t>(std::max(passes, 0)));
  auto note_error = [&run](const Status& s) {
    if (run.errors++ == 0) run.first_error = s.message();
  };
  for (int pass = 0; pass < warmup; ++pass) {
    for (const BenchQuery& q : queries) {
      if (interrupted()) return Status(ErrorKind::kUnavailable, "interrupted");
      if (auto r = fn(q); !r.is_ok()) note_error(r.status());
    }
  }
  const auto t_start = Clock::now();
  for (int pass = 0; pass < passes; ++pass) {
    for (size_t i = 0; i < queries.size(); ++i) {
      if (interrupted()) return Status(ErrorKind::kUnavailable, "interrupted");
      const auto t0 = Clock::now();
      auto r = fn(queries[i]);
      const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!r.is_ok()) {
        note_error(r.status());
        continue;
      }
      samples[i].push_back(ms);
      all.push_back(ms);
      run.totals[i] = r->total;
    }
  }
  run.seconds = std::chrono::duration<double>(Clock::now() - t_start).count();
  run.latency = summarize(std::move(all));
  for (auto& s : samples) {
    std::sort(s.begin(), s.end());
    run.per_query.push_back(s.empty() ? -1 : percentile(s, 50));
  }
  return run;
}

nlohmann::ordered_json to_json(const TimedRun& run, const std::vector<BenchQuery>& queries) {
  nlohmann::ordered_json j;
  j["latency_ms"] = to_json(run.latency);
  j["errors"] = run.errors;
  j["first_error"] = run.first_error;
  j["seconds"] = std::round(run.seconds * 1000) / 1000;
  std::vector<size_t> order(run.per_query.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return run.per_query[a] > run.per_query[b]; });
  nlohmann::ordered_json slowest = nlohmann::ordered_json::array();
  for (size_t k = 0; k < order.size() && k < 5; ++k) {
    const BenchQuery& q = queries[order[k]];
    std::string filters;
    for (const BenchFilter& f : q.filters) filters += (filters.empty() ? "" : ";") + f.name + "=" + f.value;
    slowest.push_back({{"qid", q.qid},
                       {"q", q.text},
                       {"filters", filters},
                       {"ms", std::round(run.per_query[order[k]] * 1000) / 1000},
                       {"total", run.totals[order[k]]}});
  }
  j["slowest"] = slowest;
  j["totals"] = run.totals;
  nlohmann::ordered_json per = nlohmann::ordered_json::array();
  for (double ms : run.per_query) per.push_back(std::round(ms * 1000) / 1000);
  j["per_query_ms"] = per;
  return j;
}

}  // namespace jipp::bench::speed
