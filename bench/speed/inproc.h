// Inproc: searchd's search code called directly, without HTTP: the same
// SearchService the daemon runs (same analyzer, query builder, facet
// counting), so HTTP's share of the latency is the difference to the wrk
// figures.
// Thread-safety: to_search_request is pure; an InprocEngine is used from
// one thread (SearchService itself keeps per-thread Xapian state).
// Not for loading indexes (the indexer CLI builds them).
#pragma once

#include <memory>
#include <string>

#include "jipp/status.h"
#include "search_service.h"
#include "speed/query_set.h"
#include "speed/timing.h"

namespace jipp::bench::speed {

// The request searchd builds from /v1/search?q=...&per_page=10&<filters>
// (&match=all); without `facets` the facet list is cleared (top 10 only).
searchd::SearchRequest to_search_request(const BenchQuery& q, searchd::MatchMode match,
                                         bool facets);

class InprocEngine {
 public:
  // Loads the analyzer and facet normalizer from `data_dir`, opens the
  // index and runs reload() (which builds the facet columns for kColumns).
  static Result<std::unique_ptr<InprocEngine>> open(const std::string& index_dir,
                                                    const std::string& data_dir,
                                                    const std::string& hunspell_dic,
                                                    searchd::FacetMethod method);

  Result<QueryOutcome> query(const BenchQuery& q, searchd::MatchMode match, bool facets) const;

  double reload_seconds() const { return reload_seconds_; }

 private:
  explicit InprocEngine(std::unique_ptr<searchd::SearchService> svc) : svc_(std::move(svc)) {}
  std::unique_ptr<searchd::SearchService> svc_;
  double reload_seconds_ = 0;
};

}  // namespace jipp::bench::speed
