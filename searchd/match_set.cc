#include "match_set.h"

#include <algorithm>

namespace jipp::searchd {

void MatchSet::intersect(const MatchSet& other) {
  for (size_t i = 0; i < words_.size(); ++i) words_[i] &= other.words_[i];
}

void MatchSet::unite(const MatchSet& other) {
  for (size_t i = 0; i < words_.size(); ++i) words_[i] |= other.words_[i];
}

void MatchSet::subtract(const MatchSet& other) {
  for (size_t i = 0; i < words_.size(); ++i) words_[i] &= ~other.words_[i];
}

void MatchSet::symmetric_difference(const MatchSet& other) {
  for (size_t i = 0; i < words_.size(); ++i) words_[i] ^= other.words_[i];
}

bool MatchSet::empty() const {
  return std::all_of(words_.begin(), words_.end(), [](uint64_t w) { return w == 0; });
}

Xapian::doccount MatchSet::size() const {
  Xapian::doccount n = 0;
  for (uint64_t w : words_) n += static_cast<Xapian::doccount>(__builtin_popcountll(w));
  return n;
}

namespace {

using Q = Xapian::Query;

class Evaluator {
 public:
  explicit Evaluator(const Xapian::Database& db) : db_(db), last_(db.get_lastdocid()) {}

  // Adds the matches of `q` to `out` (out |= matches(q)). False when `q`
  // has a part not covered; `out` is then unspecified.
  bool eval(const Q& q, MatchSet* out) {
    switch (q.get_type()) {
      case Q::LEAF_MATCH_NOTHING:
        return true;
      case Q::LEAF_MATCH_ALL:
        add_postings(std::string(), out);  // "" lists every document
        return true;
      case Q::LEAF_TERM:
        add_postings(*q.get_terms_begin(), out);
        return true;
      case Q::OP_SCALE_WEIGHT:
      case Q::OP_AND_MAYBE:  // the optional parts only add weight
        return eval(q.get_subquery(0), out);
      case Q::OP_OR:
      case Q::OP_SYNONYM:
      case Q::OP_MAX:
        for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
          if (!eval(q.get_subquery(i), out)) return false;
        }
        return true;
      case Q::OP_AND:
      case Q::OP_FILTER:
      case Q::OP_AND_NOT:
      case Q::OP_XOR: {
        MatchSet acc(last_);
        if (!eval_combination(q, &acc)) return false;
        out->unite(acc);
        return true;
      }
      default:
        // Positions (PHRASE, NEAR), values (VALUE_*), WILDCARD expansion,
        // ELITE_SET's choice of terms, posting sources.
        return false;
    }
  }

 private:
  // AND, FILTER, AND_NOT, XOR into the empty set `acc`.
  bool eval_combination(const Q& q, MatchSet* acc) {
    const auto op = q.get_type();
    const size_t n = q.get_num_subqueries();
    if (op == Q::OP_XOR) {
      // Documents matching an odd number of the parts.
      for (size_t i = 0; i < n; ++i) {
        MatchSet part(last_);
        if (!eval(q.get_subquery(i), &part)) return false;
        acc->symmetric_difference(part);
      }
      return true;
    }
    if (!eval(q.get_subquery(0), acc)) return false;
    for (size_t i = 1; i < n; ++i) {
      // An empty AND stays empty whatever its other parts need.
      if (acc->empty()) return true;
      MatchSet part(last_);
      if (!eval(q.get_subquery(i), &part)) return false;
      if (op == Q::OP_AND_NOT) {
        acc->subtract(part);
      } else {
        acc->intersect(part);
      }
    }
    return true;
  }

  void add_postings(const std::string& term, MatchSet* out) {
    for (auto p = db_.postlist_begin(term), end = db_.postlist_end(term); p != end; ++p) {
      out->insert(*p);
    }
  }

  const Xapian::Database& db_;
  const Xapian::docid last_;
};

}  // namespace

bool prunable(const Xapian::Query& query) {
  switch (query.get_type()) {
    case Q::LEAF_TERM:
      return true;
    case Q::OP_OR:
    case Q::OP_AND:
    case Q::OP_AND_MAYBE:
    case Q::OP_FILTER:
    case Q::OP_SCALE_WEIGHT:
      for (size_t i = 0; i < query.get_num_subqueries(); ++i) {
        if (!prunable(query.get_subquery(i))) return false;
      }
      return true;
    default:
      return false;
  }
}

std::optional<MatchSet> match_set(const Xapian::Database& db, const Xapian::Query& query) {
  Evaluator ev(db);
  MatchSet out(db.get_lastdocid());
  if (!ev.eval(query, &out)) return std::nullopt;
  return out;
}

}  // namespace jipp::searchd
