// Schema: the innovation record and the rules one JSON object must pass to
// become one. The rules are listed once, in schema.cc's field table;
// data/schema.json states the same rules as JSON Schema for other tools, and
// a unit test keeps the two in step.
// Thread-safety: validate_record() is reentrant.
// Not for reading files or line numbers: callers add the location.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "jipp/agency_names.h"
#include "jipp/regions.h"
#include "jipp/status.h"

namespace jipp {

struct Record {
  std::string id;
  std::string title;
  std::string summary;
  std::string description;
  std::string agency;    // as written (spaces collapsed)
  std::string region;    // as written (spaces collapsed)
  std::string province;  // official name or "Nasional"
  // Facet values: one spelling per agency and region however the record
  // writes them ("Kab. Sleman" -> "Kabupaten Sleman").
  std::string agency_facet;
  std::string region_facet;
  int year = 0;
  std::string source;
  std::string category;
  std::string status;
  std::string award;
  std::string url;
  std::vector<std::string> replicated_by;
  std::vector<std::string> tags;
};

// Limits shared with data/schema.json.
inline constexpr size_t kMaxIdChars = 64;
inline constexpr size_t kMaxTitleChars = 300;
inline constexpr size_t kMaxSummaryChars = 2000;
inline constexpr size_t kMaxDescriptionChars = 200000;
inline constexpr int kMinYear = 2000;
inline constexpr int kMaxYear = 2100;

struct ValidatedRecord {
  Record record;
  // Non-fatal findings, e.g. an empty optional field that was dropped.
  std::vector<Status> warnings;
};

// Checks one JSON object against the schema and returns the normalised
// record. On failure the Status names the field (Status::field()) and the
// rule broken: field "year": expected an integer 2000-2100, got "20x9".
// The first broken rule is reported.
// `agencies` normalises the agency facet value; without it the value is
// the agency as written.
Result<ValidatedRecord> validate_record(const nlohmann::json& doc, const Regions& regions,
                                        const AgencyNames* agencies = nullptr);

// The record as stored in the index and returned by the API: normalised
// values, absent optional fields left out.
nlohmann::json record_to_json(const Record& record);

// The value of facet `name` ("province", "year", ...) in `record`, as
// stored in its value slot and counted by searchd (the normalised facet
// value for agency and region); empty when absent.
std::string facet_value(const Record& record, std::string_view name);

// The record's fields a search hit shows (everything but the
// description and the lists), stored in kSlotHit.
nlohmann::json hit_fields(const Record& record);

// A short rendering of a JSON value for error messages ("got ..."),
// cut to about 60 characters.
std::string describe_value(const nlohmann::json& value);

// Field descriptors, for the schema.json consistency test and docs.
struct FieldRule {
  const char* name;
  const char* type;  // "string", "integer", "array", "boolean"
  bool required;
  size_t min_length;  // for strings (code points); array items for arrays
  size_t max_length;
};
const std::vector<FieldRule>& field_rules();

}  // namespace jipp
