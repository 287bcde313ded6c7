// RetrievalSystem: one engine under evaluation (searchd or a baseline), seen
// as "index this corpus, then give me the top k ids for each query".
// Lifecycle: prepare() once, search() per query, shutdown() once (the
// destructor also releases servers and temporary files).
// Thread-safety: one thread drives a system.
// Not for scoring: systems return ids; metrics.h judges them.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "jipp/status.h"
#include "relevance/collection.h"

namespace jipp::bench::relevance {

class RetrievalSystem {
 public:
  virtual ~RetrievalSystem() = default;

  // The name in the table, summary.json and per_query.tsv.
  virtual std::string name() const = 0;

  // Indexes `corpus` (and starts whatever server the system needs). An error
  // means the system cannot be evaluated at all.
  virtual Status prepare(const Corpus& corpus) = 0;

  // The ids of the top `k` records for `query`, best first. An error is a
  // failed query: it is reported, scores 0, and evaluation goes on.
  virtual Result<std::vector<std::string>> search(const EvalQuery& query, size_t k) = 0;

  // Stops servers; an error is reported (e.g. searchd did not exit cleanly on
  // SIGTERM) but the scores stand.
  virtual Status shutdown() { return Status::ok(); }

  // Facts for summary.json: what was indexed, versions, settings.
  virtual nlohmann::ordered_json info() const { return nlohmann::ordered_json::object(); }
};

}  // namespace jipp::bench::relevance
