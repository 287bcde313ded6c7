#include "speed/stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace jipp::bench::speed {

namespace {
double round_us(double ms) { return std::round(ms * 1000.0) / 1000.0; }
}  // namespace

double percentile(const std::vector<double>& sorted, double pct) {
  if (sorted.empty()) return 0;
  // Nearest rank: ceil(pct/100 * n), 1-based.
  size_t rank = static_cast<size_t>(std::ceil(pct / 100.0 * static_cast<double>(sorted.size())));
  rank = std::clamp<size_t>(rank, 1, sorted.size());
  return sorted[rank - 1];
}

LatencySummary summarize(std::vector<double> samples_ms) {
  LatencySummary s;
  if (samples_ms.empty()) return s;
  std::sort(samples_ms.begin(), samples_ms.end());
  s.count = samples_ms.size();
  s.mean = std::accumulate(samples_ms.begin(), samples_ms.end(), 0.0) /
           static_cast<double>(samples_ms.size());
  s.p50 = percentile(samples_ms, 50);
  s.p90 = percentile(samples_ms, 90);
  s.p99 = percentile(samples_ms, 99);
  s.max = samples_ms.back();
  return s;
}

nlohmann::ordered_json to_json(const LatencySummary& s) {
  return {{"count", s.count},         {"mean", round_us(s.mean)}, {"p50", round_us(s.p50)},
          {"p90", round_us(s.p90)},   {"p99", round_us(s.p99)},   {"max", round_us(s.max)}};
}

LatencySummary latency_from_json(const nlohmann::json& j) {
  LatencySummary s;
  s.count = j.value("count", size_t{0});
  s.mean = j.value("mean", 0.0);
  s.p50 = j.value("p50", 0.0);
  s.p90 = j.value("p90", 0.0);
  s.p99 = j.value("p99", 0.0);
  s.max = j.value("max", 0.0);
  return s;
}

}  // namespace jipp::bench::speed
