#include "speed/stats.h"

#include <gtest/gtest.h>

namespace jipp::bench::speed {
namespace {

TEST(StatsTest, PercentileIsNearestRankOfObservedValues) {
  std::vector<double> v;
  for (int i = 1; i <= 300; ++i) v.push_back(i);
  EXPECT_EQ(percentile(v, 50), 150);
  EXPECT_EQ(percentile(v, 99), 297);
  EXPECT_EQ(percentile(v, 100), 300);
  EXPECT_EQ(percentile({}, 50), 0);
  EXPECT_EQ(percentile({7}, 99), 7);
}

TEST(StatsTest, SummarizeSortsItsCopy) {
  const LatencySummary s = summarize({5, 1, 3, 2, 4});
  EXPECT_EQ(s.count, 5u);
  EXPECT_DOUBLE_EQ(s.mean, 3);
  EXPECT_EQ(s.p50, 3);
  EXPECT_EQ(s.p99, 5);
  EXPECT_EQ(s.max, 5);
}

TEST(StatsTest, JsonRoundTripKeepsMicroseconds) {
  const LatencySummary s = summarize({0.0014, 2.5});
  const LatencySummary back = latency_from_json(to_json(s));
  EXPECT_EQ(back.count, 2u);
  EXPECT_DOUBLE_EQ(back.p50, 0.001);
  EXPECT_DOUBLE_EQ(back.max, 2.5);
}

}  // namespace
}  // namespace jipp::bench::speed
