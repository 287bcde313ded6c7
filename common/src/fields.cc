#include "jipp/fields.h"

#include <cstdint>
#include <cstdio>

#include "jipp/text_util.h"

namespace jipp {

const FacetField* find_facet(std::string_view name) {
  for (const auto& f : kFacetFields) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

namespace {
// Xapian refuses terms over 245 bytes; keep a margin for the prefix.
constexpr size_t kMaxFilterValueBytes = 200;

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}
}  // namespace

std::string filter_term(const FacetField& facet, std::string_view value) {
  std::string folded = fold_case(value);
  if (folded.size() > kMaxFilterValueBytes) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(fnv1a(folded)));
    folded = folded.substr(0, kMaxFilterValueBytes - 17) + "#" + hex;
  }
  return std::string(facet.term_prefix) + ":" + folded;
}

std::string id_term(std::string_view id) {
  return std::string(kPrefixId) + std::string(id);
}

}  // namespace jipp
