#include "jipp/regions.h"

#include <fstream>
#include <sstream>

#include "jipp/text_util.h"

namespace jipp {

namespace {

// Case-folded, only letters and digits, so "Bau-Bau", "Bau Bau" and
// "BAUBAU" meet.
std::string squash(std::string_view s) {
  std::string folded = fold_case(s);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    }
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// Drops a leading word such as "prov." from a folded, collapsed name.
std::string_view strip_leading(std::string_view s,
                               std::initializer_list<std::string_view> words,
                               bool* stripped = nullptr) {
  for (std::string_view w : words) {
    if (starts_with(s, w) && s.size() > w.size()) {
      char next = s[w.size()];
      if (next == ' ' || w.back() == '.') {
        s.remove_prefix(w.size());
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        if (stripped) *stripped = true;
        return s;
      }
    }
  }
  return s;
}

Result<std::vector<std::vector<std::string>>> read_tsv(const std::string& path,
                                                        size_t min_columns) {
  std::ifstream in(path);
  if (!in) {
    return Status(ErrorKind::kUnavailable, "cannot read " + path);
  }
  std::vector<std::vector<std::string>> rows;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < min_columns) {
      return Status(ErrorKind::kInternal,
                    path + ":" + std::to_string(lineno) + ": expected " +
                        std::to_string(min_columns) + " tab-separated columns");
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace

Result<Regions> Regions::load(const std::string& data_dir) {
  Regions r;
  auto rows = read_tsv(data_dir + "/regions.tsv", 5);
  if (!rows.is_ok()) return rows.status();
  for (auto& row : *rows) {
    if (row[2] == "provinsi") {
      r.provinces_.push_back(row[1]);
      r.province_keys_[squash(row[1])] = row[1];
    } else {
      r.regions_.push_back(Region{row[0], row[1], row[2], row[4]});
    }
  }
  if (r.provinces_.empty() || r.regions_.empty()) {
    return Status(ErrorKind::kInternal, data_dir + "/regions.tsv lists no regions");
  }
  r.provinces_.push_back(kNationalProvince);
  r.province_keys_[squash(kNationalProvince)] = kNationalProvince;
  for (const char* alias : {"pusat", "nasional", "national", "indonesia"}) {
    r.province_keys_[alias] = kNationalProvince;
  }

  auto aliases = read_tsv(data_dir + "/province-aliases.tsv", 2);
  if (!aliases.is_ok()) return aliases.status();
  for (auto& row : *aliases) r.province_keys_[squash(row[0])] = row[1];

  // Region keys: the full name, the bare name after "Kabupaten"/"Kota",
  // and the aliases in region-aliases.tsv.
  for (size_t i = 0; i < r.regions_.size(); ++i) {
    const Region& reg = r.regions_[i];
    std::string folded = collapse_spaces(fold_case(reg.name));
    std::string_view bare = strip_leading(folded, {"kabupaten", "kota"});
    const std::string kind_key = reg.kind == "kota" ? "kota" : "kabupaten";
    r.region_keys_[kind_key + squash(bare)].push_back(i);
    r.region_keys_[squash(bare)].push_back(i);
  }
  auto region_aliases = read_tsv(data_dir + "/region-aliases.tsv", 2);
  if (!region_aliases.is_ok()) return region_aliases.status();
  for (auto& row : *region_aliases) {
    for (size_t i = 0; i < r.regions_.size(); ++i) {
      if (r.regions_[i].name != row[1]) continue;
      // An alias names one region: it replaces whatever the key meant.
      r.region_keys_[squash(row[0])] = {i};
    }
  }
  return r;
}

std::optional<std::string> Regions::normalize_province(std::string_view text) const {
  std::string folded = collapse_spaces(fold_case(text));
  std::string_view s = strip_leading(
      folded, {"provinsi", "propinsi", "prov.", "prov", "prop.", "prop"});
  auto it = province_keys_.find(squash(s));
  if (it != province_keys_.end()) return it->second;
  // "Provinsi DIY" style: the remainder may itself be an alias; "Daerah
  // Khusus Ibukota Jakarta" and similar long forms are in the alias file.
  return std::nullopt;
}

std::string Regions::nearest_province(std::string_view text) const {
  std::string folded = collapse_spaces(fold_case(text));
  std::string key = squash(strip_leading(
      folded, {"provinsi", "propinsi", "prov.", "prov", "prop.", "prop"}));
  std::string best;
  size_t best_d = static_cast<size_t>(-1);
  for (const auto& [alias, official] : province_keys_) {
    size_t d = edit_distance(key, alias);
    if (d < best_d || (d == best_d && official < best)) {
      best_d = d;
      best = official;
    }
  }
  return best;
}

std::optional<std::string> Regions::normalize_region(std::string_view text,
                                                     std::string_view province) const {
  std::string folded = collapse_spaces(fold_case(text));
  bool kab = false, kota = false;
  std::string_view bare = strip_leading(folded, {"kabupaten", "kab.", "kab"}, &kab);
  if (!kab) bare = strip_leading(folded, {"kota", "kot."}, &kota);
  std::string key = squash(bare);
  if (kab) key = "kabupaten" + key;
  if (kota) key = "kota" + key;
  auto it = region_keys_.find(key);
  if (it == region_keys_.end()) return std::nullopt;
  const std::vector<size_t>& hits = it->second;
  if (hits.size() == 1) return regions_[hits[0]].name;
  // Ambiguous bare name ("Bandung"): only the province can decide.
  const Region* only = nullptr;
  for (size_t i : hits) {
    if (regions_[i].province != province) continue;
    if (only) return std::nullopt;
    only = &regions_[i];
  }
  if (only) return only->name;
  return std::nullopt;
}

}  // namespace jipp
