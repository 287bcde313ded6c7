// Peer: the interface the speed benchmark drives SQLite FTS5 and PostgreSQL
// through, so both are loaded, warmed and timed by the same code (and the
// report reads one JSON shape). A peer loads the corpus once, then answers
// the query set in four configurations: match any / all, top 10 only or
// top 10 plus exact province, agency and year counts under the same filters.
// Thread-safety: one peer per thread.
// Not for searchd (it is timed through SearchService and over HTTP).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "jipp/status.h"
#include "speed/query_set.h"
#include "speed/timing.h"

namespace jipp::bench::speed {

// kAny: the OR of the query's words, ranked (searchd's default match=any);
// kAll: every word must match (searchd's match=all, plainto_tsquery, FTS5's
// implicit AND).
enum class PeerMatch { kAny, kAll };
inline const char* match_name(PeerMatch m) { return m == PeerMatch::kAny ? "any" : "all"; }

// The facets every query counts, as searchd's default (province,agency,year).
inline const std::vector<std::string>& default_facets() {
  static const std::vector<std::string> kFacets{"province", "agency", "year"};
  return kFacets;
}
// Values kept per facet after sorting by count, as searchd's facet_limit.
inline constexpr size_t kFacetLimit = 50;
inline constexpr int kTopK = 10;

struct LoadStats {
  uint64_t records = 0;
  uint64_t input_bytes = 0;
  double seconds = 0;                // everything from empty to queryable
  nlohmann::ordered_json phases;     // phase name -> seconds
  uint64_t index_bytes = 0;          // on disk, data + indexes
  nlohmann::ordered_json sizes;      // finer size breakdown, bytes
  uint64_t client_peak_rss_kb = 0;   // the loading process (SQLite: the engine itself)
  uint64_t server_peak_rss_kb = 0;   // PostgreSQL: the backend's VmHWM; 0 for SQLite
  uint64_t server_pss_kb = 0;        // PostgreSQL: all server processes, PSS; 0 for SQLite
};

nlohmann::ordered_json to_json(const LoadStats& s);

class Peer {
 public:
  virtual ~Peer() = default;
  // Loads every record of the JSONL corpus and builds the indexes.
  virtual Result<LoadStats> load(const std::string& corpus_path) = 0;
  // Switches to query settings (caches, read-only handles) once loaded.
  virtual Status prepare_queries() = 0;
  // One query: the top 10 ids by the engine's rank; with `facets` also the
  // counts per province, agency and year value, whose sum is the total.
  virtual Result<QueryOutcome> query(const BenchQuery& q, PeerMatch match, bool facets) = 0;
  // Engine version and the settings used, for the report.
  virtual nlohmann::ordered_json describe() const = 0;
  // Memory of the engine now (PostgreSQL: server processes), for the report.
  virtual nlohmann::ordered_json memory() const = 0;
};

// The words of a generated query (letters and digits between spaces).
std::vector<std::string> query_words(const std::string& text);

}  // namespace jipp::bench::speed
