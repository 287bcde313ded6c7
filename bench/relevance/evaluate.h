// Evaluate: runs one RetrievalSystem over the judged queries and scores each
// result list (metrics.h), timing the preparation and every query.
// Thread-safety: one system, one thread.
// Not for output formats: see report.h.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "relevance/collection.h"
#include "relevance/metrics.h"
#include "relevance/system.h"

namespace jipp::bench::relevance {

struct QueryOutcome {
  std::vector<std::string> ranked;  // ids, best first, at most k
  QueryScores scores;
  std::string error;  // why the query failed; empty when it did not
  double ms = 0;
};

struct SystemRun {
  std::string name;
  bool baseline = true;
  // Non-empty when the system could not be prepared or the run was
  // interrupted: no scores then.
  std::string failure;
  std::string shutdown_warning;  // e.g. searchd did not exit cleanly
  double prepare_seconds = 0;
  double query_seconds = 0;
  std::vector<QueryOutcome> outcomes;  // parallel to the evaluated queries
  // Means over the evaluated queries (a failed query counts as 0).
  double mrr = 0, recall = 0, ndcg = 0;
  size_t errors = 0;
  double p50_ms = 0, p95_ms = 0;
  nlohmann::ordered_json info;

  bool ok() const { return failure.empty(); }
};

// prepare(), search() for every query in `queries` (each must have
// judgments in `qrels`), shutdown(). Progress and failed queries (the first
// few) go to `log`. Stops early, with failure "interrupted", on SIGINT/SIGTERM.
SystemRun evaluate_system(RetrievalSystem& system, bool baseline, const Corpus& corpus,
                          const std::vector<const EvalQuery*>& queries, const Qrels& qrels,
                          size_t k, std::ostream& log);

}  // namespace jipp::bench::relevance
