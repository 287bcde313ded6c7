#include "facet_columns.h"

#include <algorithm>
#include <unordered_map>

namespace jipp::searchd {

std::shared_ptr<const FacetColumns> FacetColumns::load(Xapian::Database& db) {
  auto c = std::make_shared<FacetColumns>();
  const Xapian::docid last = db.get_lastdocid();
  c->columns_.resize(kFacetFields.size());
  c->values_.resize(kFacetFields.size());
  for (size_t f = 0; f < kFacetFields.size(); ++f) {
    const Xapian::valueno slot = kFacetFields[f].slot;
    std::vector<uint32_t>& col = c->columns_[f];
    std::vector<std::string>& vals = c->values_[f];
    col.assign(static_cast<size_t>(last) + 1, 0);
    vals.assign(1, std::string());
    std::unordered_map<std::string, uint32_t> ids;
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
      auto [it, inserted] = ids.emplace(*v, static_cast<uint32_t>(vals.size()));
      if (inserted) vals.push_back(*v);
      col[v.get_docid()] = it->second;
    }
    // Ids in the values' sort order, so that top() breaks ties between
    // equal counts by comparing ids, not strings (an agency facet has
    // thousands of values, most with the same small counts).
    std::vector<uint32_t> order(vals.size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin() + 1, order.end(),
              [&vals](uint32_t a, uint32_t b) { return vals[a] < vals[b]; });
    std::vector<uint32_t> renumber(vals.size());
    std::vector<std::string> sorted(vals.size());
    for (uint32_t k = 0; k < order.size(); ++k) {
      renumber[order[k]] = k;
      sorted[k] = std::move(vals[order[k]]);
    }
    vals = std::move(sorted);
    for (uint32_t& id : col) id = renumber[id];
  }
  return c;
}

size_t FacetColumns::bytes() const {
  size_t n = 0;
  for (const auto& c : columns_) n += c.capacity() * sizeof(uint32_t);
  for (const auto& v : values_) {
    for (const auto& s : v) n += s.capacity() + sizeof(std::string);
  }
  return n;
}

ColumnCountSpy::ColumnCountSpy(std::shared_ptr<const FacetColumns> columns,
                               std::vector<size_t> facets)
    : columns_(std::move(columns)), facets_(std::move(facets)) {
  counts_.resize(facets_.size());
  extra_.resize(facets_.size());
  for (size_t i = 0; i < facets_.size(); ++i) counts_[i].assign(columns_->distinct(facets_[i]), 0);
}

void ColumnCountSpy::operator()(const Xapian::Document& doc, double) {
  count(doc.get_docid(), [&doc](Xapian::valueno slot) { return doc.get_value(slot); });
}

std::vector<std::pair<std::string, Xapian::doccount>> ColumnCountSpy::top(size_t i,
                                                                         size_t limit) const {
  using Pair = std::pair<std::string, Xapian::doccount>;
  auto by_count = [](const Pair& a, const Pair& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  // Documents newer than the columns are rare: merge them by value.
  std::unordered_map<std::string, Xapian::doccount> extra = extra_[i];
  // Candidates: every value id with a count (ids, not strings, until the
  // cut), plus the extra values.
  std::vector<std::pair<uint32_t, Xapian::doccount>> ids;
  for (size_t id = 1; id < counts_[i].size(); ++id) {
    if (counts_[i][id] == 0) continue;
    Xapian::doccount n = counts_[i][id];
    if (!extra.empty()) {
      auto e = extra.find(columns_->value(facets_[i], static_cast<uint32_t>(id)));
      if (e != extra.end()) {
        n += e->second;
        extra.erase(e);
      }
    }
    ids.emplace_back(static_cast<uint32_t>(id), n);
  }
  // Ids are in value order (see load()).
  auto id_less = [](const std::pair<uint32_t, Xapian::doccount>& a,
                    const std::pair<uint32_t, Xapian::doccount>& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  const size_t keep = std::min(limit, ids.size());
  std::partial_sort(ids.begin(), ids.begin() + static_cast<long>(keep), ids.end(), id_less);
  std::vector<Pair> out;
  out.reserve(keep + extra.size());
  for (size_t k = 0; k < keep; ++k) {
    out.emplace_back(columns_->value(facets_[i], ids[k].first), ids[k].second);
  }
  for (auto& [v, n] : extra) out.emplace_back(v, n);
  std::sort(out.begin(), out.end(), by_count);
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace jipp::searchd
