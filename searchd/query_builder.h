// QueryBuilder: request -> Xapian::Query, using the same Analyzer, stemmer,
// stop words and prefixes as the indexer. Free text goes through Xapian's
// QueryParser (phrases, AND/OR/NOT, +/-, field:, wildcards and synonyms keep
// working); filters become boolean filter terms.
// Thread-safety: one QueryBuilder per thread (it owns a QueryParser).
// Not for facets or HTTP.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>

#include "jipp/analyzer.h"
#include "jipp/facet_normalizer.h"
#include "jipp/status.h"
#include "search_service.h"

namespace jipp::searchd {

// Weight of the exact (unstemmed) word forms relative to the stemmed query.
inline constexpr double kExactFormWeight = 0.5;

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, std::shared_ptr<const Analyzer> analyzer,
               std::shared_ptr<const FacetNormalizer> facets);

  // The text part of the query; MatchAll for an empty q. invalid_argument
  // (param "q") only when the text cannot be parsed even as plain words.
  Result<Xapian::Query> text_query(const SearchRequest& request);

  // The filter part; invalid_argument names the offending parameter.
  Result<Xapian::Query> filter_query(const SearchRequest& request) const;

  // The spelling correction of the last parsed text, in the user's words,
  // or empty.
  const std::string& corrected_query() const { return corrected_; }

 private:
  std::shared_ptr<const Analyzer> analyzer_;
  std::shared_ptr<const FacetNormalizer> facets_;
  Xapian::QueryParser qp_;
  std::string corrected_;  // of the last text_query()
};

}  // namespace jipp::searchd
