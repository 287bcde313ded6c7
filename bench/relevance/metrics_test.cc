#include "relevance/metrics.h"

#include <gtest/gtest.h>

#include <cmath>

namespace jipp::bench::relevance {
namespace {

class MetricsTest : public ::testing::Test {
 protected:
  static double log2(double x) { return std::log2(x); }
};

TEST_F(MetricsTest, GainIsTwoToTheGradeMinusOne) {
  EXPECT_DOUBLE_EQ(gain(0), 0.0);
  EXPECT_DOUBLE_EQ(gain(1), 1.0);
  EXPECT_DOUBLE_EQ(gain(2), 3.0);
  EXPECT_DOUBLE_EQ(gain(-1), 0.0);
}

TEST_F(MetricsTest, ReciprocalRankUsesFirstRelevantHit) {
  const Judgments j{{"b", 1}, {"d", 2}};
  EXPECT_DOUBLE_EQ(reciprocal_rank({"a", "b", "c", "d"}, j, 10), 0.5);
  EXPECT_DOUBLE_EQ(reciprocal_rank({"d", "b"}, j, 10), 1.0);
  EXPECT_EQ(first_relevant_rank({"a", "x", "b"}, j, 10), 3u);
}

TEST_F(MetricsTest, NothingRelevantInTheTopKScoresZero) {
  const Judgments j{{"z", 1}};
  const QueryScores s = score_query({"a", "b", "c"}, j, 10);
  EXPECT_DOUBLE_EQ(s.rr, 0.0);
  EXPECT_DOUBLE_EQ(s.recall, 0.0);
  EXPECT_DOUBLE_EQ(s.ndcg, 0.0);
  EXPECT_EQ(s.first_relevant_rank, 0u);
  EXPECT_DOUBLE_EQ(score_query({}, j, 10).ndcg, 0.0);
}

TEST_F(MetricsTest, OnlyTheFirstKIdsCount) {
  const Judgments j{{"r", 1}};
  std::vector<std::string> ranked(10, "x");
  ranked.push_back("r");  // rank 11
  EXPECT_DOUBLE_EQ(reciprocal_rank(ranked, j, 10), 0.0);
  EXPECT_DOUBLE_EQ(recall(ranked, j, 10), 0.0);
  EXPECT_DOUBLE_EQ(ndcg(ranked, j, 10), 0.0);
  EXPECT_DOUBLE_EQ(reciprocal_rank(ranked, j, 11), 1.0 / 11);
}

TEST_F(MetricsTest, RecallIsTheFractionOfRelevantFound) {
  const Judgments j{{"a", 1}, {"b", 2}, {"c", 1}, {"n", 0}};
  EXPECT_DOUBLE_EQ(recall({"a", "x", "n", "b"}, j, 10), 2.0 / 3);
  EXPECT_DOUBLE_EQ(recall({"c", "b", "a"}, j, 10), 1.0);
  EXPECT_EQ(relevant_count(j), 3u);
}

TEST_F(MetricsTest, GradeZeroIsNotRelevant) {
  const Judgments j{{"n", 0}, {"r", 1}};
  EXPECT_EQ(first_relevant_rank({"n", "r"}, j, 10), 2u);
  EXPECT_DOUBLE_EQ(reciprocal_rank({"n", "r"}, j, 10), 0.5);
}

TEST_F(MetricsTest, RepeatedIdCountsOnce) {
  const Judgments j{{"a", 1}, {"b", 1}};
  EXPECT_DOUBLE_EQ(recall({"a", "a", "a"}, j, 10), 0.5);
  // The repeat earns no gain: DCG = 1/log2(2); ideal = 1 + 1/log2(3).
  EXPECT_NEAR(ndcg({"a", "a"}, j, 10), 1.0 / (1.0 + 1.0 / log2(3)), 1e-12);
}

TEST_F(MetricsTest, PerfectRankingHasNdcgOne) {
  const Judgments j{{"a", 2}, {"b", 1}, {"c", 1}};
  EXPECT_DOUBLE_EQ(ndcg({"a", "b", "c", "x"}, j, 10), 1.0);
  EXPECT_DOUBLE_EQ(ndcg({"a", "c", "b"}, j, 10), 1.0);  // equal grades swap freely
}

TEST_F(MetricsTest, NdcgUsesGradedGains) {
  // Highly relevant record second, relevant one first.
  const Judgments j{{"h", 2}, {"r", 1}};
  const double dcg = 1.0 / log2(2) + 3.0 / log2(3);
  const double idcg = 3.0 / log2(2) + 1.0 / log2(3);
  EXPECT_NEAR(ndcg({"r", "h"}, j, 10), dcg / idcg, 1e-12);
  // A single relevant record at rank 3.
  EXPECT_NEAR(ndcg({"x", "y", "r"}, Judgments{{"r", 1}}, 10), 1.0 / log2(4), 1e-12);
}

TEST_F(MetricsTest, IdealDcgIsCutAtK) {
  // Three relevant records but k = 2: finding two of them is perfect.
  const Judgments j{{"a", 1}, {"b", 1}, {"c", 1}};
  EXPECT_DOUBLE_EQ(ndcg({"a", "b"}, j, 2), 1.0);
  EXPECT_DOUBLE_EQ(recall({"a", "b"}, j, 2), 2.0 / 3);
}

TEST_F(MetricsTest, NoRelevantJudgmentsScoresZero) {
  const Judgments j{{"a", 0}};
  const QueryScores s = score_query({"a"}, j, 10);
  EXPECT_DOUBLE_EQ(s.rr, 0.0);
  EXPECT_DOUBLE_EQ(s.recall, 0.0);
  EXPECT_DOUBLE_EQ(s.ndcg, 0.0);
}

}  // namespace
}  // namespace jipp::bench::relevance
