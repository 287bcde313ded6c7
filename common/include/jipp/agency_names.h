// AgencyNames: one facet value for an agency however it is written.
// "Dinkes Kab. Sleman", "DINAS KESEHATAN KABUPATEN SLEMAN" and
// "dinas kesehatan  kabupaten sleman" all become "Dinas Kesehatan
// Kabupaten Sleman": abbreviations from data/agency-abbreviations.tsv are
// expanded word by word, and names written all in capitals or all in lower
// case get title case (acronyms such as RSUD keep their capitals). The
// record keeps the original text; only the facet value is normalised.
// Thread-safety: immutable after load().
// Not for regions or provinces: see regions.h.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "jipp/status.h"

namespace jipp {

class AgencyNames {
 public:
  static Result<AgencyNames> load(const std::string& data_dir);

  // The facet value for `name`.
  std::string normalize(std::string_view name) const;

  // A comparison key: case-folded words without punctuation. Two facet
  // values with one key are near-duplicates an admin should look at.
  static std::string key(std::string_view value);

 private:
  std::unordered_map<std::string, std::string> expansions_;  // "dinkes" -> "Dinas Kesehatan"
};

}  // namespace jipp
