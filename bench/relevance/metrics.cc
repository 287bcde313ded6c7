#include "relevance/metrics.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace jipp::bench::relevance {

namespace {

// The grades of the first k distinct ids, in rank order (0 for unjudged ids
// and for repeats of an id already seen).
std::vector<int> ranked_grades(const std::vector<std::string>& ranked, const Judgments& judgments,
                               size_t k) {
  std::vector<int> grades;
  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < ranked.size() && i < k; ++i) {
    int g = 0;
    if (seen.insert(ranked[i]).second) {
      auto it = judgments.find(ranked[i]);
      if (it != judgments.end()) g = it->second;
    }
    grades.push_back(g);
  }
  return grades;
}

double dcg(const std::vector<int>& grades) {
  double sum = 0;
  for (size_t i = 0; i < grades.size(); ++i) {
    sum += gain(grades[i]) / std::log2(static_cast<double>(i) + 2.0);
  }
  return sum;
}

}  // namespace

double gain(int grade) { return grade <= 0 ? 0.0 : std::exp2(grade) - 1.0; }

size_t relevant_count(const Judgments& judgments) {
  size_t n = 0;
  for (const auto& [id, grade] : judgments) n += grade >= 1 ? 1 : 0;
  return n;
}

size_t first_relevant_rank(const std::vector<std::string>& ranked, const Judgments& judgments,
                           size_t k) {
  const std::vector<int> grades = ranked_grades(ranked, judgments, k);
  for (size_t i = 0; i < grades.size(); ++i) {
    if (grades[i] >= 1) return i + 1;
  }
  return 0;
}

double reciprocal_rank(const std::vector<std::string>& ranked, const Judgments& judgments,
                       size_t k) {
  const size_t rank = first_relevant_rank(ranked, judgments, k);
  return rank == 0 ? 0.0 : 1.0 / static_cast<double>(rank);
}

double recall(const std::vector<std::string>& ranked, const Judgments& judgments, size_t k) {
  const size_t relevant = relevant_count(judgments);
  if (relevant == 0) return 0.0;
  size_t found = 0;
  for (int g : ranked_grades(ranked, judgments, k)) found += g >= 1 ? 1 : 0;
  return static_cast<double>(found) / static_cast<double>(relevant);
}

double ndcg(const std::vector<std::string>& ranked, const Judgments& judgments, size_t k) {
  std::vector<int> ideal;
  for (const auto& [id, grade] : judgments) {
    if (grade >= 1) ideal.push_back(grade);
  }
  std::sort(ideal.begin(), ideal.end(), std::greater<int>());
  if (ideal.size() > k) ideal.resize(k);
  const double idcg = dcg(ideal);
  if (idcg <= 0) return 0.0;
  return dcg(ranked_grades(ranked, judgments, k)) / idcg;
}

QueryScores score_query(const std::vector<std::string>& ranked, const Judgments& judgments,
                        size_t k) {
  QueryScores s;
  s.rr = reciprocal_rank(ranked, judgments, k);
  s.recall = recall(ranked, judgments, k);
  s.ndcg = ndcg(ranked, judgments, k);
  s.first_relevant_rank = first_relevant_rank(ranked, judgments, k);
  return s;
}

}  // namespace jipp::bench::relevance
