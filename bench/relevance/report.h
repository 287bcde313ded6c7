// Report: the three outputs of a relevance run.
//   OUT/summary.json   per system: mrr10, recall10, ndcg10, queries, errors,
//                      timings, system facts; plus corpus and query counts
//   OUT/per_query.tsv  one row per (query, system): qid, query, system, rr,
//                      recall, ndcg, first relevant rank (0: none in the top
//                      k), top-3 ids, error; rows grouped by query so a
//                      regression reads query by query
//   stdout             the table "system  MRR@10  Recall@10  nDCG@10" and
//                      "searchd vs best baseline: +0.xxx nDCG@10"
// Thread-safety: reentrant.
#pragma once

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "relevance/collection.h"
#include "relevance/evaluate.h"

namespace jipp::bench::relevance {

// What summary.json says about the inputs and the run as a whole.
struct RunFacts {
  std::string name;
  std::string started_at;  // UTC, ISO 8601
  std::vector<std::string> command;
  std::string corpus_path, queries_path, qrels_path;
  size_t corpus_records = 0, corpus_skipped_lines = 0;
  size_t queries_read = 0;
  size_t limit = 0;  // 0: none
  size_t queries_considered = 0;    // after --limit
  size_t queries_evaluated = 0;     // considered and judged
  size_t queries_without_qrels = 0;  // considered, no relevant judgment: skipped
  size_t judged_ids_missing = 0;    // relevant ids of evaluated queries absent from the corpus
  size_t cutoff = 10;
  double total_seconds = 0;
  std::map<std::string, std::string> skipped_systems;  // name -> why
};

struct Comparison {
  std::string best_baseline;  // empty when no baseline ran
  double delta_ndcg = 0;      // searchd minus best baseline
};

// The best baseline by nDCG among the runs that succeeded, and searchd's
// margin over it; nullopt when searchd or every baseline failed.
std::optional<Comparison> compare_to_best_baseline(const std::vector<SystemRun>& runs);

nlohmann::ordered_json summary_json(const RunFacts& facts, const std::vector<SystemRun>& runs);

// Writes summary.json and per_query.tsv into `out_dir`.
Status write_reports(const std::string& out_dir, const RunFacts& facts,
                     const std::vector<const EvalQuery*>& queries,
                     const std::vector<SystemRun>& runs);

void print_table(std::ostream& out, const std::vector<SystemRun>& runs);

}  // namespace jipp::bench::relevance
