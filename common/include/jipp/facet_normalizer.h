// FacetNormalizer: the one place that turns what a record or a filter
// parameter says into a facet value, so that the indexer's values and
// searchd's filters agree ("jatim" = "Jawa Timur", "Dinkes Kab. Sleman" =
// "Dinas Kesehatan Kabupaten Sleman", "Kota Jogja" = "Kota Yogyakarta").
// Owns the Regions and AgencyNames tables.
// Thread-safety: immutable after load().
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "jipp/agency_names.h"
#include "jipp/fields.h"
#include "jipp/regions.h"
#include "jipp/status.h"

namespace jipp {

class FacetNormalizer {
 public:
  static Result<std::shared_ptr<const FacetNormalizer>> load(const std::string& data_dir);

  const Regions& regions() const { return regions_; }
  const AgencyNames& agencies() const { return agencies_; }

  // The facet value a filter parameter means. invalid_argument (naming the
  // parameter) for a province that is no province or a year that is no
  // year; other facets accept any text.
  Result<std::string> filter_value(const FacetField& facet, std::string_view raw) const;

 private:
  FacetNormalizer(Regions r, AgencyNames a) : regions_(std::move(r)), agencies_(std::move(a)) {}
  Regions regions_;
  AgencyNames agencies_;
};

}  // namespace jipp
