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

// QueryParser's multiword synonyms (FLAG_AUTO_MULTIWORD_SYNONYMS) as
// alternatives: each OP_SYNONYM over a group of words becomes the OR of the
// group (as the default operator joined it) and its canonical term, so the
// words keep their own weights and the canonical term adds its own. Xapian
// 1.4 also wraps word pairs that merely begin a synonym key ("sistem
// informasi", a prefix of "sistem informasi manajemen ...") in an OP_SYNONYM
// with no synonym, which weighted the two words as one; those become the
// plain group. The result has no OP_SYNONYM over a subquery, a shape whose
// top-k pruning Xapian 1.4 gets wrong (see match_set.h, prunable()).
Xapian::Query expand_synonym_groups(const Xapian::Query& query);

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, std::shared_ptr<const Analyzer> analyzer,
               std::shared_ptr<const FacetNormalizer> facets);

  // The text part of the query; MatchAll for an empty q. invalid_argument
  // (param "q") only when the text cannot be parsed even as plain words.
  Result<Xapian::Query> text_query(const SearchRequest& request);

  // The filter part; invalid_argument names the offending parameter.
  Result<Xapian::Query> filter_query(const SearchRequest& request) const;

  // The text the last query was built from when it differs from what the
  // user typed: words the index knows in no form (neither as written nor
  // by their stem) are replaced by their spelling correction ("jumantk
  // online" -> "jumantik online"), because they could match nothing.
  // Known words are never respelled. Empty otherwise.
  const std::string& respelled_query() const { return respelled_; }

 private:
  // `text` parsed with `flags`, plus the exact-form boost.
  Xapian::Query parse(const std::string& text, unsigned flags);
  // Does the index have `word` as written or by its stem?
  bool known(const std::string& word);
  // `text` with each unknown word replaced by its spelling correction, if
  // that is known; empty when no word changes.
  std::string respell_unknown(const std::string& text);

  Xapian::Database db_;
  std::shared_ptr<const Analyzer> analyzer_;
  std::shared_ptr<const FacetNormalizer> facets_;
  Xapian::QueryParser qp_;
  Xapian::Stem stem_;
  std::string respelled_;  // of the last text_query()
};

}  // namespace jipp::searchd
