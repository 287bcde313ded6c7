// The term-prefix and value-slot table: the contract between indexer and
// searchd. Every prefix, slot and facet the two programs share is named here
// and nowhere else (Omega conventions: Q for the unique id, X... for
// boolean filter terms).
// Thread-safety: constants and pure functions only.
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <string_view>

namespace jipp {

// Free-text prefixes, for field searches like title:izin.
inline constexpr const char* kPrefixTitle = "S";
inline constexpr const char* kPrefixSummary = "XU";
inline constexpr const char* kPrefixAgencyText = "XAT";
inline constexpr const char* kPrefixRegionText = "XRT";
inline constexpr const char* kPrefixTagText = "K";

// Stemmed terms: Xapian's STEM_ALL_Z convention, Z + stem (+ a field
// prefix before the stem), used by TermGenerator and QueryParser.
inline constexpr const char* kPrefixStem = "Z";

// Unique id term: Q + id.
inline constexpr const char* kPrefixId = "Q";

// Value slots.
inline constexpr Xapian::valueno kSlotYear = 0;  // sortable_serialise(year)
inline constexpr Xapian::valueno kSlotProvince = 1;
inline constexpr Xapian::valueno kSlotAgency = 2;
inline constexpr Xapian::valueno kSlotRegion = 3;
inline constexpr Xapian::valueno kSlotSource = 4;
inline constexpr Xapian::valueno kSlotCategory = 5;
inline constexpr Xapian::valueno kSlotStatus = 6;
inline constexpr Xapian::valueno kSlotYearText = 7;  // year as decimal text, for facets
// The fields a search hit shows, as JSON (hit_fields in schema.h): a hit
// reads this small value instead of parsing the whole stored record.
inline constexpr Xapian::valueno kSlotHit = 8;

// A facet: a record field that is filtered on exactly and counted per value.
struct FacetField {
  const char* name;         // record field and HTTP parameter name
  const char* term_prefix;  // boolean filter term prefix
  Xapian::valueno slot;     // value slot holding the display value
};

inline constexpr std::array<FacetField, 7> kFacetFields{{
    {"province", "XP", kSlotProvince},
    {"agency", "XA", kSlotAgency},
    {"region", "XR", kSlotRegion},
    {"year", "XY", kSlotYearText},
    {"source", "XS", kSlotSource},
    {"category", "XC", kSlotCategory},
    {"status", "XT", kSlotStatus},
}};

// Returns the facet named `name`, or nullptr.
const FacetField* find_facet(std::string_view name);

// The boolean term for `value` of a facet: prefix + ":" + case-folded value,
// hashed when it would pass Xapian's term length limit. Filters match on
// this, so indexer and searchd must both build it here.
std::string filter_term(const FacetField& facet, std::string_view value);

// The unique id term for a record id.
std::string id_term(std::string_view id);

// Metadata keys written by the indexer.
inline constexpr const char* kMetaBuiltAt = "jipp:built_at";
inline constexpr const char* kMetaSchemaVersion = "jipp:schema_version";
inline constexpr const char* kMetaAnalyzerFingerprint = "jipp:analyzer";
inline constexpr int kSchemaVersion = 1;

}  // namespace jipp
