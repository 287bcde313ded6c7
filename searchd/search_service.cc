#include "search_service.h"

#include <algorithm>
#include <unordered_map>

#include "jipp/fields.h"
#include "jipp/index_layout.h"
#include "match_set.h"
#include "query_builder.h"

namespace jipp::searchd {

struct SearchService::ThreadState {
  uint64_t generation = 0;
  Xapian::Database db;
  std::unique_ptr<QueryBuilder> builder;
  std::shared_ptr<const FacetColumns> columns;  // built for this generation
};

SearchService::SearchService(std::string index_dir, std::shared_ptr<const Analyzer> analyzer,
                             std::shared_ptr<const FacetNormalizer> facets,
                             FacetMethod facet_method)
    : id_([] {
        static std::atomic<uint64_t> next{1};
        return next.fetch_add(1);
      }()),
      index_dir_(std::move(index_dir)),
      analyzer_(std::move(analyzer)),
      facets_(std::move(facets)),
      facet_method_(facet_method) {}

Result<SearchService::ThreadState*> SearchService::thread_state() const {
  // One state per (thread, service): Xapian handles are not thread-safe,
  // and tests run several services in one process.
  thread_local std::unordered_map<uint64_t, std::unique_ptr<ThreadState>> states;
  auto& st = states[id_];
  const uint64_t gen = generation_.load();
  if (st && st->generation == gen) return st.get();
  try {
    auto fresh = std::make_unique<ThreadState>();
    fresh->db = Xapian::Database(layout::live_path(index_dir_));
    fresh->builder = std::make_unique<QueryBuilder>(fresh->db, analyzer_, facets_);
    fresh->generation = gen;
    {
      std::lock_guard<std::mutex> lock(columns_mu_);
      fresh->columns = columns_;
    }
    st = std::move(fresh);
    return st.get();
  } catch (const Xapian::Error& e) {
    if (st) return st.get();  // keep serving the version we have
    return Status(ErrorKind::kUnavailable,
                  "cannot open index " + index_dir_ + ": " + e.get_description());
  }
}

Status SearchService::check_open() const {
  auto st = thread_state();
  return st.is_ok() ? Status::ok() : st.status();
}

Status SearchService::reload() {
  try {
    Xapian::Database db(layout::live_path(index_dir_));
    std::shared_ptr<const FacetColumns> columns;
    if (facet_method_ != FacetMethod::kValueSpy) columns = FacetColumns::load(db);
    {
      std::lock_guard<std::mutex> lock(columns_mu_);
      columns_ = std::move(columns);
    }
    generation_.fetch_add(1);
    return Status::ok();
  } catch (const Xapian::Error& e) {
    return Status(ErrorKind::kUnavailable,
                  "cannot open index " + index_dir_ + ": " + e.get_description());
  }
}

Result<IndexInfo> SearchService::info() const {
  auto st = thread_state();
  if (!st.is_ok()) return st.status();
  IndexInfo info;
  info.documents = (*st)->db.get_doccount();
  info.version = layout::live_version(index_dir_);
  info.built_at = (*st)->db.get_metadata(kMetaBuiltAt);
  return info;
}

Result<SearchResponse> SearchService::search(const SearchRequest& req) const {
  for (int attempt = 0;; ++attempt) {
    auto st = thread_state();
    if (!st.is_ok()) return st.status();
    ThreadState& s = **st;
    try {
      auto text = s.builder->text_query(req);
      if (!text.is_ok()) return text.status();
      auto filter = s.builder->filter_query(req);
      if (!filter.is_ok()) return filter.status();
      Xapian::Query query = *text;
      if (!filter->empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, *filter);

      Xapian::Enquire enquire(s.db);
      enquire.set_query(query);
      enquire.set_weighting_scheme(
          Xapian::BM25Weight(kBm25K1, 0, 1, kBm25B, 0.5));
      if (req.q.find_first_not_of(' ') == std::string::npos) {
        // No words to rank by: newest first.
        enquire.set_sort_by_value_then_relevance(kSlotYear, true);
      }
      std::vector<size_t> facet_index;
      for (const std::string& name : req.facets) {
        facet_index.push_back(static_cast<size_t>(find_facet(name) - kFacetFields.data()));
      }
      // Totals and facet counts are exact. By default they come from the
      // posting lists (see match_set.h) and Xapian ranks just the page;
      // otherwise Xapian visits every match and a spy counts it: from the
      // in-memory columns when they are loaded, else (only before the first
      // reload) from the value streams.
      const bool want_facets = !facet_index.empty();
      std::optional<MatchSet> matches;
      if (facet_method_ == FacetMethod::kPostings && (s.columns || !want_facets)) {
        matches = match_set(s.db, query, &term_sets_, s.generation);
      }
      std::unique_ptr<ColumnCountSpy> column_spy;
      std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
      // A match spy sees each shard's own docids, not the combined ones the
      // columns are indexed by: over several shards it counts by value.
      if (want_facets && s.columns && (matches || (facet_method_ != FacetMethod::kValueSpy &&
                                                   s.db.size() == 1))) {
        column_spy = std::make_unique<ColumnCountSpy>(s.columns, facet_index);
        if (!matches) enquire.add_matchspy(column_spy.get());
      } else if (want_facets) {
        for (size_t f : facet_index) {
          spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(kFacetFields[f].slot));
          enquire.add_matchspy(spies.back().get());
        }
      }
      const Xapian::doccount offset =
          static_cast<Xapian::doccount>((req.page - 1) * req.per_page);
      const auto page_size = static_cast<Xapian::doccount>(req.per_page);
      // Xapian 1.4's pruning is not exact for some queries, and over
      // several shards not always (see match_set.h): those rank
      // exhaustively.
      Xapian::MSet mset = matches && s.db.size() == 1 && prunable(query)
                              ? enquire.get_mset(offset, page_size)
                              : enquire.get_mset(offset, page_size, s.db.get_doccount());
      SearchResponse resp;
      if (matches) {
        resp.total = matches->size();
        if (column_spy) {
          matches->for_each([&](Xapian::docid did) {
            column_spy->count(did, [&](Xapian::valueno slot) {
              return s.db.get_document(did).get_value(slot);
            });
          });
        }
      } else {
        resp.total = mset.get_matches_estimated();
      }
      if (!s.builder->respelled_query().empty()) {
        // Words the index knows in no form were respelled: say so.
        resp.did_you_mean = s.builder->respelled_query();
        resp.showing_results_for = resp.did_you_mean;
      }
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        Hit h;
        h.score = it.get_weight();
        const Xapian::Document doc = it.get_document();
        std::string hit = doc.get_value(kSlotHit);
        if (hit.empty()) hit = doc.get_data();  // an index built before kSlotHit
        h.record = nlohmann::json::parse(hit, nullptr, false);
        if (h.record.is_discarded()) h.record = nlohmann::json::object();
        h.id = h.record.value("id", std::string());
        resp.hits.push_back(std::move(h));
      }
      for (size_t i = 0; i < req.facets.size(); ++i) {
        std::vector<FacetCount> counts;
        if (column_spy) {
          for (auto& [value, n] : column_spy->top(i, static_cast<size_t>(req.facet_limit))) {
            counts.push_back({value, n});
          }
        } else {
          for (auto v = spies[i]->values_begin(); v != spies[i]->values_end(); ++v) {
            counts.push_back({*v, v.get_termfreq()});
          }
        }
        std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
          return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (counts.size() > static_cast<size_t>(req.facet_limit)) {
          counts.resize(static_cast<size_t>(req.facet_limit));
        }
        resp.facets.emplace_back(req.facets[i], std::move(counts));
      }
      return resp;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt > 0) throw;
      s.generation = 0;  // reopen and retry once
    }
  }
}

Result<nlohmann::json> SearchService::get_record(const std::string& id) const {
  auto st = thread_state();
  if (!st.is_ok()) return st.status();
  Xapian::Database& db = (*st)->db;
  Xapian::PostingIterator p = db.postlist_begin(id_term(id));
  if (p == db.postlist_end(id_term(id))) {
    return Status(ErrorKind::kNotFound, "no record with id \"" + id + "\"", "id");
  }
  auto rec = nlohmann::json::parse(db.get_document(*p).get_data(), nullptr, false);
  if (rec.is_discarded()) return Status(ErrorKind::kInternal, "stored record is not JSON");
  return rec;
}

}  // namespace jipp::searchd
