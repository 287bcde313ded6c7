#include "jipp/facet_normalizer.h"

#include "jipp/text_util.h"

namespace jipp {

Result<std::shared_ptr<const FacetNormalizer>> FacetNormalizer::load(const std::string& data_dir) {
  auto regions = Regions::load(data_dir);
  if (!regions.is_ok()) return regions.status();
  auto agencies = AgencyNames::load(data_dir);
  if (!agencies.is_ok()) return agencies.status();
  return std::shared_ptr<const FacetNormalizer>(
      new FacetNormalizer(std::move(*regions), std::move(*agencies)));
}

Result<std::string> FacetNormalizer::filter_value(const FacetField& facet,
                                                  std::string_view raw) const {
  const std::string name = facet.name;
  std::string value = collapse_spaces(raw);
  if (name == "province") {
    auto p = regions_.normalize_province(value);
    if (!p) {
      return Status::invalid("parameter \"province\": unknown province \"" + value +
                                 "\"; did you mean \"" + regions_.nearest_province(value) +
                                 "\"?",
                             name);
    }
    return *p;
  }
  if (name == "region") {
    if (auto r = regions_.normalize_region(value)) return *r;
    return value;
  }
  if (name == "agency") return agencies_.normalize(value);
  if (name == "year") {
    const bool digits = !value.empty() && value.size() <= 4 &&
                        value.find_first_not_of("0123456789") == std::string::npos;
    const int y = digits ? std::stoi(value) : 0;
    if (y < 2000 || y > 2100) {
      return Status::invalid("parameter \"year\" must be an integer 2000-2100, got \"" +
                                 sanitize_utf8(raw) + "\"",
                             name);
    }
    return std::to_string(y);
  }
  return value;
}

}  // namespace jipp
