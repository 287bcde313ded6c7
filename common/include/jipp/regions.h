// Regions: Indonesia's 38 provinces and 514 kabupaten/kota, loaded from
// data/regions.tsv, and the rules that turn the ways people write them into
// the official names ("Jatim", "Prov. Jawa Timur" -> "Jawa Timur";
// "Kab. Sleman", "SLEMAN" -> "Kabupaten Sleman").
// Owns: the official name lists and their aliases.
// Thread-safety: immutable after load(); const methods are safe to share.
// Not for agency names (see the indexer's facet normalisation).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jipp/status.h"

namespace jipp {

inline constexpr const char* kNationalProvince = "Nasional";

struct Region {
  std::string code;      // e.g. "34.04"
  std::string name;      // e.g. "Kabupaten Sleman"
  std::string kind;      // "kabupaten" or "kota"
  std::string province;  // official province name
};

class Regions {
 public:
  // Reads regions.tsv and province-aliases.tsv from `data_dir`.
  static Result<Regions> load(const std::string& data_dir);

  // The official province name (or "Nasional") for `text`, case- and
  // space-insensitive, accepting "Prov."/"Provinsi" prefixes and aliases.
  std::optional<std::string> normalize_province(std::string_view text) const;

  // The official province name closest to `text`, for "did you mean".
  std::string nearest_province(std::string_view text) const;

  // The official kabupaten/kota name for `text` ("Kab. Sleman", "sleman",
  // "KOTA BAU-BAU"), preferring regions of `province` when a bare name is
  // ambiguous; nullopt when unknown or still ambiguous.
  std::optional<std::string> normalize_region(std::string_view text,
                                              std::string_view province = {}) const;

  const std::vector<std::string>& provinces() const { return provinces_; }
  const std::vector<Region>& regions() const { return regions_; }

 private:
  std::vector<std::string> provinces_;  // official, in code order, + Nasional
  std::vector<Region> regions_;
  std::unordered_map<std::string, std::string> province_keys_;  // key -> official
  std::unordered_map<std::string, std::vector<size_t>> region_keys_;  // key -> regions_
};

}  // namespace jipp
