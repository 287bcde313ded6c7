#include <algorithm>
#include <map>
#include <sstream>

#include "commands.h"
#include "jipp/agency_names.h"
#include "jipp/analyzer.h"
#include "jipp/fields.h"
#include "jipp/index_layout.h"
#include "session.h"

namespace jipp::indexer {

namespace {

struct FacetStats {
  std::string name;
  std::vector<std::pair<std::string, Xapian::doccount>> values;  // by count, descending
  // Values that share an AgencyNames::key but are spelled differently.
  std::vector<std::vector<std::pair<std::string, Xapian::doccount>>> near_duplicates;
};

FacetStats facet_stats(Xapian::Database& db, const FacetField& f) {
  std::map<std::string, Xapian::doccount> counts;
  for (auto v = db.valuestream_begin(f.slot); v != db.valuestream_end(f.slot); ++v) ++counts[*v];
  FacetStats s{f.name, {counts.begin(), counts.end()}, {}};
  std::sort(s.values.begin(), s.values.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::map<std::string, std::vector<std::pair<std::string, Xapian::doccount>>> by_key;
  for (const auto& v : s.values) by_key[AgencyNames::key(v.first)].push_back(v);
  for (auto& [key, group] : by_key) {
    if (group.size() > 1) s.near_duplicates.push_back(group);
  }
  return s;
}

}  // namespace

int run_stats(const StatsOptions& o, std::ostream& out, std::ostream& err) {
  try {
    Xapian::Database db(layout::live_path(o.index_dir));
    const std::vector<std::string> shards =
        layout::shard_paths(layout::live_version_dir(o.index_dir));
    std::string analyzer_state = "unknown";
    if (auto a = Analyzer::load({o.common.data_dir, o.common.hunspell_dic}); a.is_ok()) {
      analyzer_state = db.get_metadata(kMetaAnalyzerFingerprint) == (*a)->fingerprint()
                           ? "same as data/"
                           : "differs from data/: rebuild to apply the current data";
    }
    std::vector<FacetStats> facets;
    for (const FacetField& f : kFacetFields) facets.push_back(facet_stats(db, f));

    const uint64_t size = disk_size(layout::live_version_dir(o.index_dir));
    if (o.json) {
      nlohmann::json j = {{"index", o.index_dir},
                          {"version", layout::live_version(o.index_dir)},
                          {"shards", shards.size()},
                          {"built_at", db.get_metadata(kMetaBuiltAt)},
                          {"records", db.get_doccount()},
                          {"bytes", size},
                          {"analyzer", analyzer_state}};
      for (const auto& f : facets) {
        nlohmann::json vals = nlohmann::json::array();
        for (size_t i = 0; i < f.values.size() && i < o.top; ++i) {
          vals.push_back({{"value", f.values[i].first}, {"count", f.values[i].second}});
        }
        nlohmann::json dups = nlohmann::json::array();
        for (const auto& g : f.near_duplicates) {
          nlohmann::json group = nlohmann::json::array();
          for (const auto& v : g) group.push_back({{"value", v.first}, {"count", v.second}});
          dups.push_back(group);
        }
        j["facets"][f.name] = {
            {"distinct", f.values.size()}, {"top", vals}, {"near_duplicates", dups}};
      }
      out << j.dump(2) << "\n";
      return kExitOk;
    }
    out << "index:    " << o.index_dir << "\n"
        << "version:  " << layout::live_version(o.index_dir) << " (" << shards.size()
        << " shard" << (shards.size() == 1 ? "" : "s") << ")\n"
        << "built at: " << db.get_metadata(kMetaBuiltAt) << "\n"
        << "records:  " << db.get_doccount() << "\n"
        << "size:     " << size / 1000000.0 << " MB\n"
        << "analyzer: " << analyzer_state << "\n";
    for (const auto& f : facets) {
      out << "\nfacet " << f.name << " (" << f.values.size() << " values)\n";
      for (size_t i = 0; i < f.values.size() && i < o.top; ++i) {
        out << "  " << f.values[i].second << "\t" << f.values[i].first << "\n";
      }
      if (f.values.size() > o.top) out << "  ... " << f.values.size() - o.top << " more\n";
    }
    size_t groups = 0;
    for (const auto& f : facets) groups += f.near_duplicates.size();
    out << "\nnear-duplicate facet values (same words, different spelling): " << groups << "\n";
    for (const auto& f : facets) {
      for (const auto& g : f.near_duplicates) {
        out << "  " << f.name << ":";
        for (const auto& v : g) out << " \"" << v.first << "\" (" << v.second << ")";
        out << "\n";
      }
    }
    return kExitOk;
  } catch (const Xapian::Error& e) {
    err << "indexer: cannot open index " << o.index_dir << ": " << e.get_description() << "\n";
    return kExitFailed;
  }
}

int run_check(const CheckOptions& o, std::ostream& out, std::ostream& err) {
  size_t problems = 0;
  try {
    const std::vector<std::string> shards =
        layout::shard_paths(layout::live_version_dir(o.index_dir));
    for (const auto& shard : shards) {
      std::ostringstream detail;
      const size_t errors = Xapian::Database::check(shard, Xapian::DBCHECK_SHORT_TREE, &detail);
      out << "xapian check " << shard << ": " << errors << " error(s)\n";
      if (errors > 0) out << detail.str();
      problems += errors;
    }
    Xapian::Database db(layout::live_path(o.index_dir));
    Xapian::doccount docs = 0;
    for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
      ++docs;
      const Xapian::Document doc = db.get_document(*p);
      std::vector<std::string> ids;
      for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        t.skip_to(kPrefixId);
        if (t == doc.termlist_end() || (*t).rfind(kPrefixId, 0) != 0) break;
        ids.push_back((*t).substr(1));
      }
      const auto rec = nlohmann::json::parse(doc.get_data(), nullptr, false);
      std::string why;
      if (ids.size() != 1) {
        why = std::to_string(ids.size()) + " id terms";
      } else if (rec.is_discarded() || !rec.is_object()) {
        why = "stored record is not a JSON object";
      } else if (rec.value("id", std::string()) != ids[0]) {
        why = "stored record's id differs from its id term \"" + ids[0] + "\"";
      } else if (db.get_termfreq(std::string(kPrefixId) + ids[0]) != 1) {
        why = "id \"" + ids[0] + "\" is on more than one document";
      }
      if (!why.empty()) {
        ++problems;
        out << "document " << *p << ": " << why << "\n";
      }
    }
    out << "checked " << docs << " documents: " << problems << " problem(s)\n";
  } catch (const Xapian::Error& e) {
    err << "indexer: cannot check index " << o.index_dir << ": " << e.get_description() << "\n";
    return kExitFailed;
  }
  return problems == 0 ? kExitOk : kExitRejected;
}

}  // namespace jipp::indexer
