// Stats: the latency summary every benchmark stage reports (count, mean,
// median, p90, p99, max), so the in-process, peer and report code agree on
// what "p99" means.
// Percentiles are nearest-rank: p99 of 300 samples is the 297th smallest,
// an observed value, never an interpolation.
// Thread-safety: pure functions over values.
// Not for collecting samples or timing: see timing.h.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <vector>

namespace jipp::bench::speed {

struct LatencySummary {
  size_t count = 0;
  double mean = 0, p50 = 0, p90 = 0, p99 = 0, max = 0;  // milliseconds
};

// The nearest-rank `pct` percentile (0 < pct <= 100) of `sorted` (ascending);
// 0 for an empty vector.
double percentile(const std::vector<double>& sorted, double pct);

// Summarises `samples_ms` (any order; copied and sorted).
LatencySummary summarize(std::vector<double> samples_ms);

// {"count", "mean", "p50", "p90", "p99", "max"}, milliseconds rounded to
// microseconds.
nlohmann::ordered_json to_json(const LatencySummary& s);
LatencySummary latency_from_json(const nlohmann::json& j);

}  // namespace jipp::bench::speed
