// Metrics: pure functions scoring one ranked result list against the
// judgments of its query, at a cutoff k (10 in this project).
//   reciprocal rank  1 / rank of the first record with grade >= 1, else 0
//   recall           relevant records (grade >= 1) in the top k / all relevant
//   nDCG             DCG / ideal DCG, gain 2^grade - 1, discount log2(rank+1);
//                    the ideal list is the judged grades, best first, cut at k
// Only the first k ids count; an id repeated in the list counts at its first
// position only, so a system cannot score twice with one record. Ids without
// a judgment have grade 0.
// A query without any relevant judgment has no defined score: callers skip
// it (every function returns 0 for it).
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "relevance/collection.h"

namespace jipp::bench::relevance {

inline constexpr size_t kCutoff = 10;

// 2^grade - 1; 0 for grade <= 0.
double gain(int grade);

double reciprocal_rank(const std::vector<std::string>& ranked, const Judgments& judgments,
                       size_t k);
double recall(const std::vector<std::string>& ranked, const Judgments& judgments, size_t k);
double ndcg(const std::vector<std::string>& ranked, const Judgments& judgments, size_t k);

// 1-based rank of the first relevant id within the top k, or 0.
size_t first_relevant_rank(const std::vector<std::string>& ranked, const Judgments& judgments,
                           size_t k);

// Number of judged records with grade >= 1.
size_t relevant_count(const Judgments& judgments);

struct QueryScores {
  double rr = 0;
  double recall = 0;
  double ndcg = 0;
  size_t first_relevant_rank = 0;  // 0: none in the top k
};

QueryScores score_query(const std::vector<std::string>& ranked, const Judgments& judgments,
                        size_t k);

}  // namespace jipp::bench::relevance
