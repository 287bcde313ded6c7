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

void MatchSet::insert_postings(const Xapian::Database& db, const std::string& term) {
  for (auto p = db.postlist_begin(term), end = db.postlist_end(term); p != end; ++p) insert(*p);
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
  Evaluator(const Xapian::Database& db, TermSetCache* cache, uint64_t generation)
      : db_(db), last_(db.get_lastdocid()), cache_(cache), generation_(generation) {}

  // Adds the matches of `q` to `out` (out |= matches(q)). False when `q`
  // has a part not covered; `out` is then unspecified.
  bool eval(const Q& q, MatchSet* out) {
    switch (q.get_type()) {
      case Q::LEAF_MATCH_NOTHING:
        return true;
      case Q::LEAF_MATCH_ALL:
        out->insert_postings(db_, std::string());
        return true;
      case Q::LEAF_TERM: {
        const std::string term = *q.get_terms_begin();
        if (auto cached = cache_ ? cache_->get(generation_, db_, term) : nullptr) {
          out->unite(*cached);
        } else {
          out->insert_postings(db_, term);
        }
        return true;
      }
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

  const Xapian::Database& db_;
  const Xapian::docid last_;
  TermSetCache* const cache_;
  const uint64_t generation_;
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

std::shared_ptr<const MatchSet> TermSetCache::get(uint64_t generation,
                                                  const Xapian::Database& db,
                                                  const std::string& term) {
  const Xapian::doccount termfreq = db.get_termfreq(term);
  const Xapian::docid last = db.get_lastdocid();
  if (termfreq < last / 64 + 1) return nullptr;  // its bitmap would outweigh its postings
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (generation > generation_) {
      entries_.clear();
      bytes_ = 0;
      generation_ = generation;
    }
    auto it = entries_.find(term);
    if (generation == generation_ && it != entries_.end() && it->second.termfreq == termfreq &&
        it->second.lastdocid == last) {
      it->second.last_used = ++clock_;
      return it->second.set;
    }
  }
  // Decoded outside the lock: other threads keep using the cache meanwhile.
  auto set = std::make_shared<MatchSet>(last);
  set->insert_postings(db, term);
  std::lock_guard<std::mutex> lock(mu_);
  // A thread still on an older generation gets its bitmap uncached.
  if (generation != generation_ || set->bytes() > max_bytes_) return set;
  auto [it, fresh] = entries_.try_emplace(term);
  if (!fresh) bytes_ -= it->second.set->bytes();
  it->second = Entry{set, termfreq, last, ++clock_};
  bytes_ += set->bytes();
  while (bytes_ > max_bytes_) {
    // A linear scan: the cache holds a few hundred bitmaps at most.
    auto oldest = entries_.begin();
    for (auto e = entries_.begin(); e != entries_.end(); ++e) {
      if (e->second.last_used < oldest->second.last_used) oldest = e;
    }
    bytes_ -= oldest->second.set->bytes();
    entries_.erase(oldest);
  }
  return set;
}

size_t TermSetCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

std::optional<MatchSet> match_set(const Xapian::Database& db, const Xapian::Query& query,
                                  TermSetCache* cache, uint64_t generation) {
  Evaluator ev(db, cache, generation);
  MatchSet out(db.get_lastdocid());
  if (!ev.eval(query, &out)) return std::nullopt;
  return out;
}

}  // namespace jipp::searchd
