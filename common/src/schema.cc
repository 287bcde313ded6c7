#include "jipp/schema.h"

#include <algorithm>

#include "jipp/text_util.h"

namespace jipp {

using nlohmann::json;

namespace {

constexpr size_t kMaxAgencyChars = 300;
constexpr size_t kMaxShortChars = 200;
constexpr size_t kMaxUrlChars = 2000;
constexpr size_t kMaxListItems = 100;

// "deleted" marks a deletion in `indexer update` input and is only
// accepted there; validate_record() refuses it.
const std::vector<FieldRule> kRules = {
    {"id", "string", true, 1, kMaxIdChars},
    {"title", "string", true, 1, kMaxTitleChars},
    {"summary", "string", false, 0, kMaxSummaryChars},
    {"description", "string", false, 0, kMaxDescriptionChars},
    {"agency", "string", true, 1, kMaxAgencyChars},
    {"region", "string", false, 0, kMaxShortChars},
    {"province", "string", true, 1, kMaxShortChars},
    {"year", "integer", true, 0, 0},
    {"source", "string", false, 0, kMaxShortChars},
    {"category", "string", false, 0, kMaxShortChars},
    {"status", "string", false, 0, kMaxShortChars},
    {"award", "string", false, 0, kMaxAgencyChars},
    {"url", "string", false, 0, kMaxUrlChars},
    {"replicated_by", "array", false, 0, kMaxListItems},
    {"tags", "array", false, 0, kMaxListItems},
};

const FieldRule* find_rule(const std::string& name) {
  for (const auto& r : kRules) {
    if (name == r.name) return &r;
  }
  return nullptr;
}

bool valid_id_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
}

// Control characters other than tab, CR and LF have no place in records.
bool has_control_chars(const std::string& s, bool allow_newlines) {
  return std::any_of(s.begin(), s.end(), [&](char c) {
    auto u = static_cast<unsigned char>(c);
    if (u == '\t') return !allow_newlines;
    if (u == '\n' || u == '\r') return !allow_newlines;
    return u < 0x20 || u == 0x7F;
  });
}

std::string quote(const std::string& s) { return json(s).dump(); }

Status field_error(const std::string& field, const std::string& what) {
  return Status::invalid(what, field);
}

// Validates a string field's type and length; returns the trimmed value
// (empty when an optional field is absent or blank).
Result<std::string> read_string(const json& doc, const FieldRule& rule,
                                std::vector<Status>* warnings) {
  auto it = doc.find(rule.name);
  if (it == doc.end() || it->is_null()) {
    if (rule.required) return field_error(rule.name, "required field is missing");
    return std::string();
  }
  if (!it->is_string()) {
    return field_error(rule.name,
                       "expected a string, got " + describe_value(*it));
  }
  const bool multiline = std::string(rule.name) == "description" ||
                         std::string(rule.name) == "summary";
  const std::string& raw = it->get_ref<const std::string&>();
  if (has_control_chars(raw, multiline)) {
    return field_error(rule.name, "contains control characters");
  }
  std::string value = multiline ? raw : collapse_spaces(raw);
  if (multiline) {
    // Trim only; paragraphs stay as written.
    auto b = value.find_first_not_of(" \t\r\n");
    auto e = value.find_last_not_of(" \t\r\n");
    value = b == std::string::npos ? std::string() : value.substr(b, e - b + 1);
  }
  const size_t len = utf8_length(value);
  if (len == 0) {
    if (rule.required) {
      return field_error(rule.name, "must not be empty");
    }
    if (!raw.empty() || it != doc.end()) {
      warnings->push_back(field_error(rule.name, "is empty; indexed without it"));
    }
    return std::string();
  }
  if (len > rule.max_length) {
    return field_error(rule.name, "expected at most " +
                                      std::to_string(rule.max_length) +
                                      " characters, got " + std::to_string(len));
  }
  return value;
}

Result<std::vector<std::string>> read_list(const json& doc, const FieldRule& rule) {
  std::vector<std::string> out;
  auto it = doc.find(rule.name);
  if (it == doc.end() || it->is_null()) return out;
  if (!it->is_array()) {
    return field_error(rule.name, "expected an array of strings, got " +
                                      describe_value(*it));
  }
  if (it->size() > rule.max_length) {
    return field_error(rule.name, "expected at most " +
                                      std::to_string(rule.max_length) +
                                      " items, got " + std::to_string(it->size()));
  }
  for (size_t i = 0; i < it->size(); ++i) {
    const json& item = (*it)[i];
    const std::string where = std::string(rule.name) + "[" + std::to_string(i) + "]";
    if (!item.is_string()) {
      return field_error(where, "expected a string, got " + describe_value(item));
    }
    std::string v = collapse_spaces(item.get<std::string>());
    if (has_control_chars(v, false)) {
      return field_error(where, "contains control characters");
    }
    if (v.empty()) continue;  // an empty tag says nothing; drop it
    if (utf8_length(v) > kMaxShortChars) {
      return field_error(where, "expected at most " + std::to_string(kMaxShortChars) +
                                    " characters");
    }
    out.push_back(std::move(v));
  }
  return out;
}

std::string canonical_source(const std::string& s) {
  std::string f = fold_case(s);
  if (f == "kipp") return "KIPP";
  if (f == "iga") return "IGA";
  if (f == "inolan") return "InoLAN";
  return s;
}

}  // namespace

const std::vector<FieldRule>& field_rules() { return kRules; }

std::string describe_value(const json& value) {
  if (value.is_null()) return "null";
  std::string s = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (utf8_length(s) > 60) {
    size_t cut = 57;
    while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
    s = s.substr(0, cut) + "...";
  }
  if (value.is_string()) return s;
  const char* type = value.is_number_integer() || value.is_number_unsigned() ? "integer"
                     : value.is_number()                                   ? "number"
                     : value.is_boolean()                                  ? "boolean"
                     : value.is_array()                                    ? "array"
                     : value.is_object()                                   ? "object"
                                                                           : "null";
  return std::string(type) + " " + s;
}

Result<ValidatedRecord> validate_record(const json& doc, const Regions& regions,
                                        const AgencyNames* agencies) {
  if (!doc.is_object()) {
    return Status::invalid("expected a JSON object, got " + describe_value(doc), "");
  }
  for (const auto& [key, value] : doc.items()) {
    if (!find_rule(key)) {
      return field_error(key, "unknown field (known: id, title, summary, description, "
                              "agency, region, province, year, source, category, "
                              "status, award, url, replicated_by, tags)");
    }
  }
  ValidatedRecord out;
  Record& r = out.record;
  auto* w = &out.warnings;

#define JIPP_READ(field)                                        \
  do {                                                          \
    auto v = read_string(doc, *find_rule(#field), w);           \
    if (!v.is_ok()) return v.status();                          \
    r.field = std::move(*v);                                    \
  } while (0)

  JIPP_READ(id);
  if (doc["id"].get_ref<const std::string&>() != r.id) {
    return field_error("id", "expected 1-64 characters of [A-Za-z0-9._:-], got " +
                                 quote(doc["id"].get<std::string>()));
  }
  for (char c : r.id) {
    if (!valid_id_char(c)) {
      return field_error("id", "expected 1-64 characters of [A-Za-z0-9._:-], got " +
                                   quote(r.id));
    }
  }
  JIPP_READ(title);
  JIPP_READ(summary);
  JIPP_READ(description);
  JIPP_READ(agency);
  JIPP_READ(region);
  JIPP_READ(province);
  JIPP_READ(source);
  JIPP_READ(category);
  JIPP_READ(status);
  JIPP_READ(award);
  JIPP_READ(url);
#undef JIPP_READ

  if (auto p = regions.normalize_province(r.province)) {
    r.province = *p;
  } else {
    return field_error("province", "unknown province " + quote(r.province) +
                                       "; did you mean " +
                                       quote(regions.nearest_province(r.province)) + "?");
  }
  r.region_facet = r.region;
  if (!r.region.empty()) {
    if (auto reg = regions.normalize_region(r.region, r.province)) r.region_facet = *reg;
  }
  r.agency_facet = agencies ? agencies->normalize(r.agency) : r.agency;

  auto year = doc.find("year");
  if (year == doc.end() || year->is_null()) {
    return field_error("year", "required field is missing");
  }
  if (!(year->is_number_integer() || year->is_number_unsigned()) ||
      year->get<long long>() < kMinYear || year->get<long long>() > kMaxYear) {
    return field_error("year", "expected an integer 2000-2100, got " +
                                   describe_value(*year));
  }
  r.year = year->get<int>();

  if (!r.source.empty()) r.source = canonical_source(r.source);
  if (!r.status.empty()) {
    std::string s = fold_case(r.status);
    if (s != "berlanjut" && s != "berhenti") {
      return field_error("status", "expected \"berlanjut\" or \"berhenti\", got " +
                                       quote(r.status));
    }
    r.status = s;
  }
  if (!r.url.empty() && r.url.rfind("http://", 0) != 0 && r.url.rfind("https://", 0) != 0) {
    return field_error("url", "expected an http:// or https:// URL, got " + quote(r.url));
  }

  auto rep = read_list(doc, *find_rule("replicated_by"));
  if (!rep.is_ok()) return rep.status();
  r.replicated_by = std::move(*rep);
  auto tags = read_list(doc, *find_rule("tags"));
  if (!tags.is_ok()) return tags.status();
  r.tags = std::move(*tags);
  return out;
}

std::string facet_value(const Record& r, std::string_view name) {
  if (name == "province") return r.province;
  if (name == "agency") return r.agency_facet;
  if (name == "region") return r.region_facet;
  if (name == "year") return std::to_string(r.year);
  if (name == "source") return r.source;
  if (name == "category") return r.category;
  if (name == "status") return r.status;
  return std::string();
}

json hit_fields(const Record& r) {
  json j = record_to_json(r);
  j.erase("description");
  j.erase("replicated_by");
  j.erase("tags");
  return j;
}

json record_to_json(const Record& r) {
  json j = json::object();
  j["id"] = r.id;
  j["title"] = r.title;
  auto put = [&](const char* k, const std::string& v) {
    if (!v.empty()) j[k] = v;
  };
  put("summary", r.summary);
  put("description", r.description);
  j["agency"] = r.agency;
  put("region", r.region);
  j["province"] = r.province;
  j["year"] = r.year;
  put("source", r.source);
  put("category", r.category);
  put("status", r.status);
  put("award", r.award);
  put("url", r.url);
  if (!r.replicated_by.empty()) j["replicated_by"] = r.replicated_by;
  if (!r.tags.empty()) j["tags"] = r.tags;
  return j;
}

}  // namespace jipp
