// SearchService: answers one search request against the live index. Owns
// the per-thread Xapian state (each worker thread opens its own
// Xapian::Database and QueryParser: Xapian objects do no locking) and
// reopening when the indexer publishes a new version.
// Thread-safety: search() and get_record() may be called from any number of
// threads at once.
// Not for HTTP: see handlers.h.
#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "jipp/analyzer.h"
#include "jipp/facet_normalizer.h"
#include "facet_columns.h"
#include "match_set.h"
#include "jipp/status.h"

namespace jipp::searchd {

inline constexpr int kDefaultPerPage = 10;
inline constexpr int kMaxPerPage = 100;
inline constexpr int kMaxResultWindow = 10000;  // page * per_page
inline constexpr int kDefaultFacetLimit = 50;
inline constexpr int kMaxFacetLimit = 1000;

enum class MatchMode { kAny, kAll };

// BM25 parameters, tuned on bench/relevance (TyDi questions and the judged
// sample set): a lower k1 saturates repeated words sooner and a higher b
// normalises more for length than Xapian's defaults (k1 1, b 0.5). TyDi
// MRR@10 0.772 at the defaults, 0.793 here; see docs/relevance.md.
inline constexpr double kBm25K1 = 0.8;
inline constexpr double kBm25B = 0.9;

struct SearchRequest {
  std::string q;
  // Facet name -> accepted values (OR within a facet, AND across facets).
  std::map<std::string, std::vector<std::string>> filters;
  int page = 1;
  int per_page = kDefaultPerPage;
  std::vector<std::string> facets{"province", "agency", "year"};
  int facet_limit = kDefaultFacetLimit;
  MatchMode match = MatchMode::kAny;
};

struct FacetCount {
  std::string value;
  Xapian::doccount count;
};

struct Hit {
  std::string id;
  double score;
  nlohmann::json record;  // the stored record
};

struct SearchResponse {
  Xapian::doccount total = 0;
  // The respelling of q searched instead, when some of its words are in
  // the index in no form ("stuntng" -> "stunting"); empty otherwise.
  std::string did_you_mean;
  // Set with did_you_mean: these are its results.
  std::string showing_results_for;
  std::vector<Hit> hits;
  std::vector<std::pair<std::string, std::vector<FacetCount>>> facets;  // request order
};

struct IndexInfo {
  Xapian::doccount documents = 0;
  int version = 0;
  std::string built_at;
};

// How exact facet counts are taken (benchmarks compare them).
// kPostings: Xapian ranks the requested page only (with its pruning), and
//   the total and facet counts come from a MatchSet read from the posting
//   lists, counted in the columns (the default; queries with phrases or
//   wildcards fall back to kColumns).
// kColumns: Xapian visits every match, counted by a ColumnCountSpy over
//   in-memory columns loaded by reload().
// kValueSpy: Xapian visits every match, counted by Xapian's
//   ValueCountMatchSpy from the value streams.
enum class FacetMethod { kPostings, kColumns, kValueSpy };

// Bytes of frequent terms' posting bitmaps kept for kPostings (see
// TermSetCache in match_set.h): at 1M records a bitmap is 122 KB, so this
// holds about 500 of them.
inline constexpr size_t kTermSetCacheBytes = 64u << 20;

class SearchService {
 public:
  SearchService(std::string index_dir, std::shared_ptr<const Analyzer> analyzer,
                std::shared_ptr<const FacetNormalizer> facets,
                FacetMethod facet_method = FacetMethod::kPostings);

  // Checks that the index opens; unavailable otherwise.
  Status check_open() const;

  // Runs `request`. invalid_argument for a query or filter the index cannot
  // take (the Status names the parameter), unavailable when the index cannot
  // be opened.
  Result<SearchResponse> search(const SearchRequest& request) const;

  // The stored record with `id`, or not_found.
  Result<nlohmann::json> get_record(const std::string& id) const;

  Result<IndexInfo> info() const;

  // Rebuilds the facet columns from the index as it is now, then makes
  // every worker reopen the index before its next request (SIGHUP, or the
  // watcher seeing a new version or revision). unavailable when the index
  // cannot be opened; the old state keeps serving then.
  Status reload();
  uint64_t generation() const { return generation_.load(); }

  const std::string& index_dir() const { return index_dir_; }

 private:
  struct ThreadState;
  Result<ThreadState*> thread_state() const;

  // Keys the per-thread state: unlike `this`, never reused by a later
  // service at the same address.
  const uint64_t id_;
  std::string index_dir_;
  std::shared_ptr<const Analyzer> analyzer_;
  std::shared_ptr<const FacetNormalizer> facets_;
  FacetMethod facet_method_;
  std::atomic<uint64_t> generation_{1};
  mutable std::mutex columns_mu_;
  std::shared_ptr<const FacetColumns> columns_;  // guarded by columns_mu_
  mutable TermSetCache term_sets_{kTermSetCacheBytes};
};

}  // namespace jipp::searchd
