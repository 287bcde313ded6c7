#include "query_builder.h"

#include <vector>

#include "jipp/fields.h"
#include "jipp/text_util.h"

namespace jipp::searchd {

namespace {
// Field names users may type before a colon, and the prefixes they search.
struct FieldAlias {
  const char* name;
  const char* prefix;
};
constexpr FieldAlias kFieldAliases[] = {
    {"title", kPrefixTitle},          {"judul", kPrefixTitle},
    {"summary", kPrefixSummary},      {"ringkasan", kPrefixSummary},
    {"agency", kPrefixAgencyText},    {"instansi", kPrefixAgencyText},
    {"region", kPrefixRegionText},    {"daerah", kPrefixRegionText},
    {"tag", kPrefixTagText},
};
}  // namespace

Xapian::Query expand_synonym_groups(const Xapian::Query& query) {
  using Q = Xapian::Query;
  const Q::op op = query.get_type();
  switch (op) {
    case Q::OP_AND:
    case Q::OP_OR:
    case Q::OP_AND_NOT:
    case Q::OP_XOR:
    case Q::OP_AND_MAYBE:
    case Q::OP_FILTER:
    case Q::OP_MAX:
    case Q::OP_SYNONYM:
      break;
    default:
      // Leaves, and operators the parser builds from terms only (phrases,
      // NEAR, wildcards, value ranges): no synonym group below.
      return query;
  }
  std::vector<Q> subs;
  bool all_terms = true;
  for (size_t i = 0; i < query.get_num_subqueries(); ++i) {
    const Q sub = query.get_subquery(i);
    all_terms = all_terms && sub.get_type() == Q::LEAF_TERM;
    subs.push_back(expand_synonym_groups(sub));
  }
  // A synonym of single terms is the Xapian meaning: keep it.
  if (op == Q::OP_SYNONYM && all_terms && subs.size() > 1) return query;
  if (op == Q::OP_SYNONYM && subs.size() == 1) return subs.front();
  return Q(op == Q::OP_SYNONYM ? Q::OP_OR : op, subs.begin(), subs.end());
}

QueryBuilder::QueryBuilder(const Xapian::Database& db,
                           std::shared_ptr<const Analyzer> analyzer,
                           std::shared_ptr<const FacetNormalizer> facets)
    : db_(db), analyzer_(std::move(analyzer)), facets_(std::move(facets)) {
  stem_ = analyzer_->make_stem();
  qp_.set_database(db);
  qp_.set_stemmer(analyzer_->make_stem());
  qp_.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  qp_.set_stopper(analyzer_->stopper());
  for (const auto& f : kFieldAliases) qp_.add_prefix(f.name, f.prefix);
}

Result<Xapian::Query> QueryBuilder::text_query(const SearchRequest& req) {
  respelled_.clear();
  const std::string text = analyzer_->query_text(req.q);
  if (text.find_first_not_of(' ') == std::string::npos) return Xapian::Query::MatchAll;
  qp_.set_default_op(req.match == MatchMode::kAll ? Xapian::Query::OP_AND
                                                  : Xapian::Query::OP_OR);
  const unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                         Xapian::QueryParser::FLAG_LOVEHATE |
                         Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
                         Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
  respelled_ = respell_unknown(text);
  const std::string& searched = respelled_.empty() ? text : respelled_;
  try {
    return parse(searched, flags);
  } catch (const Xapian::QueryParserError&) {
    // Users type stray quotes and operators ("AND" alone); read the text
    // as plain words rather than refusing it, as Omega does.
  }
  try {
    return expand_synonym_groups(
        qp_.parse_query(searched, Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS));
  } catch (const Xapian::QueryParserError& e) {
    return Status::invalid("parameter \"q\" cannot be parsed: " + e.get_msg(), "q");
  }
}

Xapian::Query QueryBuilder::parse(const std::string& text, unsigned flags) {
  Xapian::Query q = expand_synonym_groups(qp_.parse_query(text, flags));
  // Records that use the query's own word forms rank above those that
  // only share the root: the unstemmed words add weight (AND_MAYBE never
  // changes what matches). Measured on bench/relevance: TyDi MRR@10
  // 0.778 -> 0.782 at BM25(1.2, 0.75), and better still with the tuned
  // BM25 in search_service.cc.
  qp_.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
  Xapian::Query exact = qp_.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT);
  qp_.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  if (exact.empty()) return q;
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, q,
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact, kExactFormWeight));
}

bool QueryBuilder::known(const std::string& word) {
  return db_.term_exists(word) || db_.term_exists(kPrefixStem + stem_(word));
}

std::string QueryBuilder::respell_unknown(const std::string& text) {
  // A word the index knows in some form is left alone, even when a more
  // frequent word is spelled alike: Xapian's own correction
  // (FLAG_SPELLING_CORRECTION) respells every word without an unstemmed
  // term, which here means every word seen only in a body (indexed by
  // stem only), and looking for corrections for them took 40% of an
  // average query's time; searching with its respellings replaced rare
  // but right words (data/eval nDCG@10 0.881 -> 0.814).
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i <= text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    std::string token = text.substr(i, j - i);
    // The word itself, without a field name or operator characters.
    const size_t colon = token.rfind(':');
    const size_t start = token.find_first_not_of("+-\"(", colon == std::string::npos ? 0 : colon + 1);
    const size_t end = token.find_last_not_of("\")*");
    if (start != std::string::npos && end != std::string::npos && end >= start) {
      const std::string word = token.substr(start, end - start + 1);
      const bool digits = word.find_first_not_of("0123456789") == std::string::npos;
      if (is_plain_word(word) && !digits && !analyzer_->is_stopword(word) && !known(word)) {
        const std::string fix = db_.get_spelling_suggestion(word);
        if (!fix.empty() && known(fix)) {
          token.replace(start, word.size(), fix);
          changed = true;
        }
      }
    }
    if (i > 0) out.push_back(' ');
    out += token;
    i = j + 1;
  }
  return changed ? out : std::string();
}

Result<Xapian::Query> QueryBuilder::filter_query(const SearchRequest& req) const {
  std::vector<Xapian::Query> per_facet;
  for (const auto& [name, values] : req.filters) {
    const FacetField* facet = find_facet(name);
    if (!facet) return Status::invalid("unknown filter \"" + name + "\"", name);
    std::vector<Xapian::Query> alternatives;
    for (const std::string& raw : values) {
      auto value = facets_->filter_value(*facet, raw);
      if (!value.is_ok()) return value.status();
      alternatives.emplace_back(filter_term(*facet, *value));
    }
    per_facet.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  if (per_facet.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, per_facet.begin(), per_facet.end());
}

}  // namespace jipp::searchd
