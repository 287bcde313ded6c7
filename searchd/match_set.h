// MatchSet: the documents a query matches, read straight from the posting
// lists into a bitmap, without weighting.
//
// Exact totals and facet counts need every match, but ranking needs only
// the top page. Letting Xapian's matcher visit every match (checkatleast =
// all documents) weighs each one with BM25 and turns off its pruning; on
// 100,000 generated records an OR of two common words took 9.6 ms that
// way, against 3.3 ms for the pruned top 10 plus 1.7 ms for this bitmap.
// So searchd asks Xapian for the top page only and counts from the bitmap.
//
// The bitmap follows Xapian's matching rules for the operators query
// parsing produces (AND, OR, AND_NOT, XOR, AND_MAYBE, FILTER, SYNONYM,
// MAX, SCALE_WEIGHT, terms, match-all); for a query needing positions or
// values (phrases, NEAR, wildcards, value ranges, posting sources,
// ELITE_SET) match_set() returns nothing and the caller counts through a
// match spy instead.
// Thread-safety: a MatchSet belongs to one search.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace jipp::searchd {

class MatchSet {
 public:
  // An empty set over docids 1..last.
  explicit MatchSet(Xapian::docid last) : words_(last / 64 + 1, 0) {}

  void insert(Xapian::docid did) { words_[did >> 6] |= uint64_t{1} << (did & 63); }
  // Inserts every document of `term`'s posting list ("" lists them all).
  void insert_postings(const Xapian::Database& db, const std::string& term);
  bool contains(Xapian::docid did) const {
    return (did >> 6) < words_.size() && (words_[did >> 6] >> (did & 63) & 1) != 0;
  }
  void intersect(const MatchSet& other);
  void unite(const MatchSet& other);
  void subtract(const MatchSet& other);
  void symmetric_difference(const MatchSet& other);
  bool empty() const;
  Xapian::doccount size() const;
  size_t bytes() const { return words_.size() * sizeof(uint64_t); }

  // Calls fn(docid) for each member, in ascending order.
  template <class Fn>
  void for_each(Fn&& fn) const {
    for (size_t w = 0; w < words_.size(); ++w) {
      for (uint64_t bits = words_[w]; bits != 0; bits &= bits - 1) {
        fn(static_cast<Xapian::docid>(w * 64 + static_cast<size_t>(__builtin_ctzll(bits))));
      }
    }
  }

 private:
  std::vector<uint64_t> words_;
};

// The posting bitmaps of frequent terms, shared by every worker thread of
// one index generation. A term in at least 1/64 of the documents has a
// bitmap no larger than its posting list and costs the most to decode;
// portal queries repeat such words ("pelayanan", "desa"), so keeping their
// bitmaps turns a decode into a copy. Least recently used entries go when
// the cache exceeds its byte budget; a new generation (reload) empties it,
// and an entry whose term frequency or last docid no longer matches the
// database asking is rebuilt, so an update is seen at the latest when the
// watcher reloads (as with the facet columns).
// Thread-safety: every method may be called from any thread.
class TermSetCache {
 public:
  explicit TermSetCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The bitmap of `term` in `db` (which the caller's generation opened),
  // or null when the term is too rare to be worth keeping.
  std::shared_ptr<const MatchSet> get(uint64_t generation, const Xapian::Database& db,
                                      const std::string& term);
  size_t bytes() const;

 private:
  struct Entry {
    std::shared_ptr<const MatchSet> set;
    Xapian::doccount termfreq;
    Xapian::docid lastdocid;
    uint64_t last_used;
  };
  const size_t max_bytes_;
  mutable std::mutex mu_;
  uint64_t generation_ = 0;  // guarded by mu_, as all below
  uint64_t clock_ = 0;
  size_t bytes_ = 0;
  std::unordered_map<std::string, Entry> entries_;
};

// The documents of `db` that `query` matches, or nothing when the query
// has a part this evaluation does not cover (see above). With `cache`,
// frequent terms' bitmaps come from it.
std::optional<MatchSet> match_set(const Xapian::Database& db, const Xapian::Query& query,
                                  TermSetCache* cache = nullptr, uint64_t generation = 0);

// Whether Xapian's pruned top-k search (checkatleast below the match count)
// over one database can be trusted to rank `query` as an exhaustive search
// would: trees of terms under OR, AND, AND_MAYBE, FILTER and SCALE_WEIGHT.
// Xapian 1.4's pruning dropped documents that belong in the top 10 for
// some queries with OP_SYNONYM (a multiword synonym: on the sample,
// "posyandu ibu hamil" lost one weighing 6.1 while keeping one of 3.4) or
// AND_NOT, and over several shards, so those rank exhaustively; the random
// trees of match_set_test check the rest.
bool prunable(const Xapian::Query& query);

}  // namespace jipp::searchd
