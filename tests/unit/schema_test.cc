// Tests for jipp/schema.h: one valid record round-trips, every rejection
// path in schema.cc reports the right field and the exact message, empty
// optional fields become warnings, values are normalised, and
// data/schema.json states the same limits as the C++ field table.
#include "jipp/schema.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "jipp/regions.h"
#include "jipp/status.h"
#include "jipp/text_util.h"

namespace jipp {
namespace {

using nlohmann::json;

const std::string kDataDir = JIPP_SOURCE_DIR "/data";

// `n` copies of `unit`, e.g. repeat("é", 301): 301 code points, 602 bytes.
std::string repeat(const std::string& unit, size_t n) {
  std::string out;
  out.reserve(unit.size() * n);
  for (size_t i = 0; i < n; ++i) out += unit;
  return out;
}

const char* const kUnknownFieldMessage =
    "unknown field (known: id, title, summary, description, agency, region, "
    "province, year, source, category, status, award, url, replicated_by, tags)";

// One invalid document: `edit` turns the minimal record into it.
struct Rejection {
  const char* why;
  std::function<void(json&)> edit;
  std::string field;
  std::string message;
};

// Sets `key` to `value` in the document.
std::function<void(json&)> set(const std::string& key, json value) {
  return [key, value](json& d) { d[key] = value; };
}

std::function<void(json&)> erase(const std::string& key) {
  return [key](json& d) { d.erase(key); };
}

class SchemaTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = Regions::load(kDataDir);
    if (r.is_ok()) {
      regions_ = new Regions(std::move(*r));
    } else {
      load_error_ = new std::string(r.status().message());
    }
  }
  static void TearDownTestSuite() {
    delete regions_;
    regions_ = nullptr;
    delete load_error_;
    load_error_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(regions_, nullptr) << "cannot load regions from " << kDataDir << ": "
                                 << (load_error_ ? *load_error_ : "");
  }

  Result<ValidatedRecord> validate(const json& doc) const {
    return validate_record(doc, *regions_);
  }

  // Only the required fields, already in normalised form.
  static json minimal() {
    return {{"id", "jip-t001"},
            {"title", "Layanan Adminduk Keliling"},
            {"agency", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman"},
            {"province", "Daerah Istimewa Yogyakarta"},
            {"year", 2021}};
  }

  // Every field, already in normalised form, so record_to_json() gives it back.
  static json full() {
    return {
        {"id", "jip-t002"},
        {"title", "GASPOL ADMINDUK: Gampong Siaga Pelayanan Online"},
        {"summary", "Operator gampong menerima permohonan dokumen secara online."},
        {"description", "Paragraf pertama.\n\nParagraf kedua\tdengan tab, tetap seperti ditulis."},
        {"agency", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Aceh Besar"},
        {"region", "Kabupaten Aceh Besar"},
        {"province", "Aceh"},
        {"year", 2020},
        {"source", "IGA"},
        {"category", "Administrasi Kependudukan"},
        {"status", "berlanjut"},
        {"award", "Top 99 KIPP 2022"},
        {"url", "https://disdukcapil.acehbesarkab.go.id/gaspol-adminduk"},
        {"replicated_by", {"Kabupaten Pidie", "Kabupaten Aceh Jaya"}},
        {"tags", {"adminduk", "gampong", "akta kelahiran"}}};
  }

  // Applies each row to minimal() and checks the kind, field and exact
  // message of the rejection.
  void expect_rejections(const std::vector<Rejection>& rows) const {
    for (const Rejection& row : rows) {
      SCOPED_TRACE(row.why);
      json doc = minimal();
      row.edit(doc);
      auto result = validate(doc);
      ASSERT_FALSE(result.is_ok()) << doc.dump();
      EXPECT_EQ(result.status().kind(), ErrorKind::kInvalidArgument);
      EXPECT_EQ(result.status().field(), row.field);
      EXPECT_EQ(result.status().message(), row.message);
    }
  }

  static json load_schema_json() {
    const std::string path = kDataDir + "/schema.json";
    std::ifstream in(path);
    EXPECT_TRUE(in) << "cannot read " << path;
    json schema = json::parse(in, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(schema.is_discarded()) << path << " is not valid JSON";
    return schema;
  }

  static Regions* regions_;
  static std::string* load_error_;
};

Regions* SchemaTest::regions_ = nullptr;
std::string* SchemaTest::load_error_ = nullptr;

// ---------------------------------------------------------------------------
// Valid records

TEST_F(SchemaTest, FullRecordRoundTrips) {
  const json doc = full();
  auto result = validate(doc);
  ASSERT_TRUE(result.is_ok()) << result.status().field() << ": " << result.status().message();
  EXPECT_TRUE(result->warnings.empty());
  const Record& r = result->record;
  EXPECT_EQ(r.id, "jip-t002");
  EXPECT_EQ(r.province, "Aceh");
  EXPECT_EQ(r.year, 2020);
  EXPECT_EQ(r.replicated_by, (std::vector<std::string>{"Kabupaten Pidie", "Kabupaten Aceh Jaya"}));
  EXPECT_EQ(record_to_json(r), doc);
}

TEST_F(SchemaTest, MinimalRecordRoundTripsWithoutOptionalFields) {
  const json doc = minimal();
  auto result = validate(doc);
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  EXPECT_TRUE(result->warnings.empty());
  EXPECT_EQ(record_to_json(result->record), doc);
}

TEST_F(SchemaTest, NullOptionalFieldsCountAsAbsent) {
  json doc = minimal();
  for (const char* f : {"summary", "description", "region", "source", "category", "status", "award",
                        "url", "replicated_by", "tags"}) {
    doc[f] = nullptr;
  }
  auto result = validate(doc);
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  EXPECT_TRUE(result->warnings.empty());
  EXPECT_EQ(record_to_json(result->record), minimal());
}

TEST_F(SchemaTest, AcceptsLimitsExactly) {
  // Lengths are code points, not bytes: 300 two-byte and 300 four-byte
  // characters are both exactly at the limit.
  const std::vector<std::pair<const char*, std::function<void(json&)>>> rows = {
      {"id of 64 characters", set("id", repeat("a", 64))},
      {"id using every allowed punctuation", set("id", "A-z_0.9:x")},
      {"title of 300 two-byte characters", set("title", repeat("\xC3\xA9", 300))},
      {"title of 300 four-byte characters", set("title", repeat("\xF0\x9F\x98\x80", 300))},
      {"summary of 2000 characters", set("summary", repeat("\xC3\xA9", 2000))},
      {"description of 200000 characters", set("description", repeat("x", 200000))},
      {"agency of 300 characters", set("agency", repeat("\xC3\xA9", 300))},
      {"region of 200 characters", set("region", repeat("r", 200))},
      {"award of 300 characters", set("award", repeat("a", 300))},
      {"url of 2000 characters", set("url", "https://" + repeat("u", 1992))},
      {"year 2000", set("year", 2000)},
      {"year 2100", set("year", 2100)},
      {"year as unsigned", set("year", 2050u)},
      {"100 tags", set("tags", json(std::vector<std::string>(100, "t")))},
      {"tag of 200 two-byte characters", set("tags", {repeat("\xC3\xA9", 200)})},
      {"http url", set("url", "http://example.go.id")},
  };
  for (const auto& [why, edit] : rows) {
    SCOPED_TRACE(why);
    json doc = minimal();
    edit(doc);
    auto result = validate(doc);
    EXPECT_TRUE(result.is_ok()) << result.status().field() << ": " << result.status().message();
  }
}

// ---------------------------------------------------------------------------
// Rejections, in the order validate_record() checks them

TEST_F(SchemaTest, RejectsNonObject) {
  const std::vector<std::pair<json, std::string>> rows = {
      {json::array({1, 2}), "expected a JSON object, got array [1,2]"},
      {json("text"), "expected a JSON object, got \"text\""},
      {json(42), "expected a JSON object, got integer 42"},
      {json(true), "expected a JSON object, got boolean true"},
  };
  for (const auto& [doc, message] : rows) {
    SCOPED_TRACE(doc.dump());
    auto result = validate(doc);
    ASSERT_FALSE(result.is_ok());
    EXPECT_EQ(result.status().kind(), ErrorKind::kInvalidArgument);
    EXPECT_EQ(result.status().field(), "");
    EXPECT_EQ(result.status().message(), message);
  }
}

TEST_F(SchemaTest, DescribesNullOnce) {
  EXPECT_EQ(describe_value(json(nullptr)), "null");
  auto result = validate(json(nullptr));
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().message(), "expected a JSON object, got null");
  json doc = minimal();
  doc["tags"] = {"ok", nullptr};
  result = validate(doc);
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().field(), "tags[1]");
  EXPECT_EQ(result.status().message(), "expected a string, got null");
}

TEST_F(SchemaTest, RejectsUnknownField) {
  expect_rejections({
      {"Indonesian field name", set("judul", "Layanan"), "judul", kUnknownFieldMessage},
      {"case matters", set("Title", "Layanan"), "Title", kUnknownFieldMessage},
      // "deleted" belongs to `indexer update` input only.
      {"deletion marker", set("deleted", true), "deleted", kUnknownFieldMessage},
      {"unknown field even when null", set("extra", nullptr), "extra", kUnknownFieldMessage},
  });
}

TEST_F(SchemaTest, RejectsMissingRequiredField) {
  expect_rejections({
      {"no id", erase("id"), "id", "required field is missing"},
      {"no title", erase("title"), "title", "required field is missing"},
      {"no agency", erase("agency"), "agency", "required field is missing"},
      {"no province", erase("province"), "province", "required field is missing"},
      {"no year", erase("year"), "year", "required field is missing"},
      {"null id", set("id", nullptr), "id", "required field is missing"},
      {"null title", set("title", nullptr), "title", "required field is missing"},
      {"null agency", set("agency", nullptr), "agency", "required field is missing"},
      {"null province", set("province", nullptr), "province", "required field is missing"},
      {"null year", set("year", nullptr), "year", "required field is missing"},
  });
}

TEST_F(SchemaTest, RejectsMissingTitle) {
  json doc = minimal();
  doc.erase("title");
  auto result = validate(doc);
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().field(), "title");
  EXPECT_EQ(result.status().message(), "required field is missing");
}

TEST_F(SchemaTest, ReportsFirstBrokenRuleInFieldOrder) {
  // id is checked before title, and every string before year.
  json doc = minimal();
  doc.erase("id");
  doc.erase("title");
  doc["year"] = "20x9";
  auto result = validate(doc);
  ASSERT_FALSE(result.is_ok());
  EXPECT_EQ(result.status().field(), "id");
}

TEST_F(SchemaTest, RejectsWrongTypeForStringField) {
  expect_rejections({
      {"id as integer", set("id", 7), "id", "expected a string, got integer 7"},
      {"title as integer", set("title", 123), "title", "expected a string, got integer 123"},
      {"summary as boolean", set("summary", true), "summary",
       "expected a string, got boolean true"},
      {"description as object", set("description", json::object()), "description",
       "expected a string, got object {}"},
      {"agency as array", set("agency", {"Dinas"}), "agency",
       "expected a string, got array [\"Dinas\"]"},
      {"region as number", set("region", 1.5), "region", "expected a string, got number 1.5"},
      {"province as integer", set("province", 35), "province", "expected a string, got integer 35"},
      {"source as array", set("source", json::array()), "source",
       "expected a string, got array []"},
      {"category as integer", set("category", -1), "category", "expected a string, got integer -1"},
      {"status as boolean", set("status", false), "status", "expected a string, got boolean false"},
      {"award as integer", set("award", 99), "award", "expected a string, got integer 99"},
      {"url as object", set("url", {{"href", "https://x.go.id"}}), "url",
       "expected a string, got object {\"href\":\"https://x.go.id\"}"},
  });
}

TEST_F(SchemaTest, RejectsEmptyRequiredString) {
  expect_rejections({
      {"empty id", set("id", ""), "id", "must not be empty"},
      {"empty title", set("title", ""), "title", "must not be empty"},
      {"spaces-only title", set("title", "   "), "title", "must not be empty"},
      {"no-break spaces only", set("title", "\xC2\xA0\xE2\x80\x83"), "title", "must not be empty"},
      {"empty agency", set("agency", ""), "agency", "must not be empty"},
      {"empty province", set("province", "  "), "province", "must not be empty"},
  });
}

TEST_F(SchemaTest, RejectsBadId) {
  expect_rejections({
      {"inner space", set("id", "jip a001"), "id",
       "expected 1-64 characters of [A-Za-z0-9._:-], got \"jip a001\""},
      {"slash", set("id", "jip/a001"), "id",
       "expected 1-64 characters of [A-Za-z0-9._:-], got \"jip/a001\""},
      {"non-ASCII letter", set("id", "j\xC3\xAFp-1"), "id",
       "expected 1-64 characters of [A-Za-z0-9._:-], got \"j\xC3\xAFp-1\""},
      {"65 characters", set("id", repeat("a", 65)), "id", "expected at most 64 characters, got 65"},
      {"surrounding spaces are not trimmed: ids must match exactly",
       set("id", " jip-t001 "), "id",
       "expected 1-64 characters of [A-Za-z0-9._:-], got \" jip-t001 \""},
  });
}

TEST_F(SchemaTest, RejectsOverlongStrings) {
  // Multi-byte characters: the limits count code points, not bytes.
  const std::string e = "\xC3\xA9";         // é, 2 bytes
  const std::string jawa = "\xEA\xA6\xA4";  // ꦤ, Javanese script, 3 bytes
  expect_rejections({
      {"title 301 two-byte", set("title", repeat(e, 301)), "title",
       "expected at most 300 characters, got 301"},
      {"title 301 three-byte", set("title", repeat(jawa, 301)), "title",
       "expected at most 300 characters, got 301"},
      {"summary 2001", set("summary", repeat(e, 2001)), "summary",
       "expected at most 2000 characters, got 2001"},
      {"description 200001", set("description", repeat("d", 200001)), "description",
       "expected at most 200000 characters, got 200001"},
      {"agency 301", set("agency", repeat(jawa, 301)), "agency",
       "expected at most 300 characters, got 301"},
      {"region 201", set("region", repeat(e, 201)), "region",
       "expected at most 200 characters, got 201"},
      {"province 201", set("province", repeat("p", 201)), "province",
       "expected at most 200 characters, got 201"},
      {"source 201", set("source", repeat("s", 201)), "source",
       "expected at most 200 characters, got 201"},
      {"category 201", set("category", repeat(e, 201)), "category",
       "expected at most 200 characters, got 201"},
      {"status 201", set("status", repeat("b", 201)), "status",
       "expected at most 200 characters, got 201"},
      {"award 301", set("award", repeat(e, 301)), "award",
       "expected at most 300 characters, got 301"},
      {"url 2001", set("url", "https://" + repeat("u", 1993)), "url",
       "expected at most 2000 characters, got 2001"},
  });
}

TEST_F(SchemaTest, RejectsControlCharacters) {
  expect_rejections({
      {"SOH in title", set("title", "a\x01z"), "title", "contains control characters"},
      {"DEL in agency", set("agency", "Dinas\x7f"), "agency", "contains control characters"},
      {"newline in title", set("title", "baris\nbaru"), "title", "contains control characters"},
      {"tab in region", set("region", "Kabupaten\tSleman"), "region",
       "contains control characters"},
      {"CR in id", set("id", "a\rb"), "id", "contains control characters"},
      {"BEL in summary", set("summary", "ring\x07"), "summary", "contains control characters"},
      {"ESC in description", set("description", "para\n\x1b[1m"), "description",
       "contains control characters"},
      {"NUL in url", set("url", std::string("https://x\0y", 11)), "url",
       "contains control characters"},
  });
}

TEST_F(SchemaTest, KeepsLineBreaksInSummaryAndDescription) {
  json doc = minimal();
  doc["summary"] = "  satu\r\ndua\tdua  \n";
  doc["description"] = "\n\nPara 1.\n\nPara 2.\n";
  auto result = validate(doc);
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  EXPECT_EQ(result->record.summary, "satu\r\ndua\tdua");
  EXPECT_EQ(result->record.description, "Para 1.\n\nPara 2.");
}

TEST_F(SchemaTest, RejectsUnknownProvinceWithNearestName) {
  expect_rejections({
      {"typo", set("province", "Jawa Timor"), "province",
       "unknown province \"Jawa Timor\"; did you mean \"Jawa Timur\"?"},
      {"typo, spaces collapsed", set("province", "  Sulawesi   Selatn "), "province",
       "unknown province \"Sulawesi Selatn\"; did you mean \"Sulawesi Selatan\"?"},
      {"typo of an alias", set("province", "Jatimm"), "province",
       "unknown province \"Jatimm\"; did you mean \"Jawa Timur\"?"},
      {"typo in a region name", set("province", "Kalimantan Selatn"), "province",
       "unknown province \"Kalimantan Selatn\"; did you mean \"Kalimantan Selatan\"?"},
      {"typo behind a prefix: quoted as written", set("province", "Provinsi Jawa Timor"),
       "province", "unknown province \"Provinsi Jawa Timor\"; did you mean \"Jawa Timur\"?"},
  });
}

TEST_F(SchemaTest, RejectsBadYear) {
  const std::string m = "expected an integer 2000-2100, got ";
  expect_rejections({
      {"before 2000", set("year", 1999), "year", m + "integer 1999"},
      {"after 2100", set("year", 2101), "year", m + "integer 2101"},
      {"negative", set("year", -2020), "year", m + "integer -2020"},
      {"huge unsigned", set("year", 18446744073709551615ull), "year",
       m + "integer 18446744073709551615"},
      {"fraction", set("year", 2020.5), "year", m + "number 2020.5"},
      {"float with integer value", set("year", 2020.0), "year", m + "number 2020.0"},
      {"string with letters", set("year", "20x9"), "year", m + "\"20x9\""},
      {"digits in a string", set("year", "2020"), "year", m + "\"2020\""},
      {"boolean", set("year", true), "year", m + "boolean true"},
      {"array", set("year", {2020}), "year", m + "array [2020]"},
  });
}

TEST_F(SchemaTest, RejectsBadStatus) {
  const std::string m = "expected \"berlanjut\" or \"berhenti\", got ";
  expect_rejections({
      {"other word", set("status", "aktif"), "status", m + "\"aktif\""},
      {"original case quoted", set("status", "Dihentikan"), "status", m + "\"Dihentikan\""},
      {"english", set("status", "ongoing"), "status", m + "\"ongoing\""},
  });
}

TEST_F(SchemaTest, RejectsBadUrl) {
  const std::string m = "expected an http:// or https:// URL, got ";
  expect_rejections({
      {"no scheme", set("url", "www.example.go.id"), "url", m + "\"www.example.go.id\""},
      {"ftp", set("url", "ftp://example.go.id/a"), "url", m + "\"ftp://example.go.id/a\""},
      {"javascript", set("url", "javascript:alert(1)"), "url", m + "\"javascript:alert(1)\""},
      {"scheme without slashes", set("url", "https:example.go.id"), "url",
       m + "\"https:example.go.id\""},
  });
}

TEST_F(SchemaTest, RejectsBadList) {
  expect_rejections({
      {"tags as string", set("tags", "stunting"), "tags",
       "expected an array of strings, got \"stunting\""},
      {"tags as object", set("tags", json::object()), "tags",
       "expected an array of strings, got object {}"},
      {"replicated_by as integer", set("replicated_by", 5), "replicated_by",
       "expected an array of strings, got integer 5"},
      {"item not a string", set("tags", {"gizi", 7}), "tags[1]",
       "expected a string, got integer 7"},
      {"nested array item", set("replicated_by", json::array({json::array({"Kabupaten Pidie"})})),
       "replicated_by[0]", "expected a string, got array [\"Kabupaten Pidie\"]"},
      {"101 items", set("tags", json(std::vector<std::string>(101, "t"))), "tags",
       "expected at most 100 items, got 101"},
      {"101 replicators", set("replicated_by", json(std::vector<std::string>(101, "r"))),
       "replicated_by", "expected at most 100 items, got 101"},
      {"item of 201 characters", set("tags", {"ok", repeat("\xC3\xA9", 201)}), "tags[1]",
       "expected at most 200 characters"},
      {"control character in item", set("replicated_by", {"Kota\x01"}), "replicated_by[0]",
       "contains control characters"},
      // Positions count the dropped empty items too.
      {"position after empty item", set("tags", {"", false}), "tags[1]",
       "expected a string, got boolean false"},
  });
}

// ---------------------------------------------------------------------------
// Warnings

TEST_F(SchemaTest, WarnsAndDropsEmptyOptionalString) {
  for (const char* field :
       {"summary", "description", "region", "source", "category", "status", "award", "url"}) {
    for (const char* value : {"", "   "}) {
      SCOPED_TRACE(std::string(field) + "=\"" + value + "\"");
      json doc = minimal();
      doc[field] = value;
      auto result = validate(doc);
      ASSERT_TRUE(result.is_ok()) << result.status().message();
      ASSERT_EQ(result->warnings.size(), 1u);
      EXPECT_EQ(result->warnings[0].field(), field);
      EXPECT_EQ(result->warnings[0].message(), "is empty; indexed without it");
      EXPECT_EQ(record_to_json(result->record), minimal());
    }
  }
}

TEST_F(SchemaTest, WarnsOncePerEmptyField) {
  json doc = minimal();
  doc["summary"] = "\n\n";
  doc["award"] = "";
  auto result = validate(doc);
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  ASSERT_EQ(result->warnings.size(), 2u);
  EXPECT_EQ(result->warnings[0].field(), "summary");
  EXPECT_EQ(result->warnings[1].field(), "award");
}

TEST_F(SchemaTest, DropsEmptyListItemsSilently) {
  json doc = minimal();
  doc["tags"] = {"", "gizi", "   ", "  posyandu   kader "};
  doc["replicated_by"] = {""};
  auto result = validate(doc);
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  EXPECT_TRUE(result->warnings.empty());
  EXPECT_EQ(result->record.tags, (std::vector<std::string>{"gizi", "posyandu kader"}));
  EXPECT_TRUE(result->record.replicated_by.empty());
  EXPECT_FALSE(record_to_json(result->record).contains("replicated_by"));
}

// ---------------------------------------------------------------------------
// Normalisation

struct Normalisation {
  const char* field;
  json input;
  std::string expected;
};

TEST_F(SchemaTest, NormalisesValues) {
  const std::vector<Normalisation> rows = {
      {"province", "Jatim", "Jawa Timur"},
      {"province", "jawa timur", "Jawa Timur"},
      {"province", "JAWA TIMUR", "Jawa Timur"},
      {"province", "Prov. Jawa Timur", "Jawa Timur"},
      {"province", "Provinsi Jawa Timur", "Jawa Timur"},
      {"province", "  jawa   timur ", "Jawa Timur"},
      {"province", "DIY", "Daerah Istimewa Yogyakarta"},
      {"province", "Provinsi DIY", "Daerah Istimewa Yogyakarta"},
      {"province", "DKI", "DKI Jakarta"},
      {"province", "Sumut", "Sumatera Utara"},
      {"province", "nasional", "Nasional"},
      {"province", "Pusat", "Nasional"},
      {"source", "kipp", "KIPP"},
      {"source", "Iga", "IGA"},
      {"source", "inolan", "InoLAN"},
      {"source", "INOLAN", "InoLAN"},
      {"source", "Lomba Daerah", "Lomba Daerah"},
      {"status", "Berlanjut", "berlanjut"},
      {"status", "BERHENTI", "berhenti"},
      {"title", "  Layanan \xC2\xA0 Keliling  ", "Layanan Keliling"},
      {"agency", "Dinas  Kesehatan", "Dinas Kesehatan"},
  };
  for (const Normalisation& row : rows) {
    SCOPED_TRACE(std::string(row.field) + "=" + row.input.dump());
    json doc = minimal();
    doc[row.field] = row.input;
    auto result = validate(doc);
    ASSERT_TRUE(result.is_ok()) << result.status().field() << ": " << result.status().message();
    EXPECT_EQ(record_to_json(result->record)[row.field], row.expected);
  }
}

TEST_F(SchemaTest, NormalisesRecognisedRegion) {
  struct Row {
    const char* region;
    const char* province;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {"Kab. Sleman", "DIY", "Kabupaten Sleman"},
      {"SLEMAN", "Daerah Istimewa Yogyakarta", "Kabupaten Sleman"},
      {"kabupaten sleman", "Yogyakarta", "Kabupaten Sleman"},
      {"Kota Bandung", "Jawa Barat", "Kota Bandung"},
      {"Kab Bandung", "Jabar", "Kabupaten Bandung"},
      {"Jakarta Selatan", "DKI", "Kota Jakarta Selatan"},
      // A bare name shared by a kota and a kabupaten in different provinces
      // is decided by the record's (normalised) province.
      {"Banjar", "Kalsel", "Kabupaten Banjar"},
      {"Banjar", "Jawa Barat", "Kota Banjar"},
      // Still ambiguous, or unknown: kept as written (spaces collapsed).
      {"Bandung", "Jawa Barat", "Bandung"},
      {"Kecamatan  Depok", "DIY", "Kecamatan Depok"},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(std::string(row.region) + " / " + row.province);
    json doc = minimal();
    doc["region"] = row.region;
    doc["province"] = row.province;
    auto result = validate(doc);
    ASSERT_TRUE(result.is_ok()) << result.status().field() << ": " << result.status().message();
    // The facet value is normalised; the record keeps what was written.
    EXPECT_EQ(facet_value(result->record, "region"), row.expected);
    EXPECT_EQ(result->record.region, collapse_spaces(row.region));
    EXPECT_TRUE(result->warnings.empty());
  }
}

TEST_F(SchemaTest, FacetValuesComeFromNormalisedRecord) {
  json doc = full();
  doc["province"] = "prov. aceh";
  doc["source"] = "iga";
  auto result = validate(doc);
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  const Record& r = result->record;
  EXPECT_EQ(facet_value(r, "province"), "Aceh");
  EXPECT_EQ(facet_value(r, "source"), "IGA");
  EXPECT_EQ(facet_value(r, "year"), "2020");
  EXPECT_EQ(facet_value(r, "status"), "berlanjut");
  EXPECT_EQ(facet_value(r, "region"), "Kabupaten Aceh Besar");
  EXPECT_EQ(facet_value(r, "no_such_facet"), "");
}

TEST_F(SchemaTest, AgencyFacetIsNormalisedAndTheRecordKeepsTheOriginal) {
  auto agencies = AgencyNames::load(std::string(JIPP_SOURCE_DIR) + "/data");
  ASSERT_TRUE(agencies.is_ok());
  json doc = minimal();
  doc["agency"] = "Dinkes Kab.  Sleman";
  auto result = validate_record(doc, *regions_, &*agencies);
  ASSERT_TRUE(result.is_ok()) << result.status().message();
  EXPECT_EQ(facet_value(result->record, "agency"), "Dinas Kesehatan Kabupaten Sleman");
  EXPECT_EQ(result->record.agency, "Dinkes Kab. Sleman");
  EXPECT_EQ(record_to_json(result->record)["agency"], "Dinkes Kab. Sleman");
}

TEST_F(SchemaTest, DescribeValueCutsLongValues) {
  const std::string long_text = repeat("x", 100);
  const std::string d = describe_value(json(long_text));
  EXPECT_EQ(d, "\"" + repeat("x", 56) + "...");
  EXPECT_EQ(describe_value(json(2020)), "integer 2020");
  EXPECT_EQ(describe_value(json("20x9")), "\"20x9\"");
  // Cut on a character boundary, never inside a multi-byte character:
  // byte 57 of "\"aéé..." falls inside an é.
  const std::string cut = describe_value(json("a" + repeat("\xC3\xA9", 100)));
  EXPECT_TRUE(is_valid_utf8(cut)) << cut;
  EXPECT_EQ(cut, "\"a" + repeat("\xC3\xA9", 28) + "...");
}

// ---------------------------------------------------------------------------
// The sample corpus and data/schema.json

TEST_F(SchemaTest, SampleCorpusIsValid) {
  // Every data/sample/*.jsonl record passes without errors or warnings.
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(kDataDir + "/sample", ec)) {
    if (entry.path().extension() == ".jsonl") paths.push_back(entry.path().string());
  }
  ASSERT_FALSE(paths.empty()) << "no " << kDataDir << "/sample/*.jsonl";
  std::sort(paths.begin(), paths.end());
  size_t records = 0;
  for (const std::string& path : paths) {
    std::ifstream in(path);
    ASSERT_TRUE(in) << "cannot read " << path;
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      SCOPED_TRACE(path + ":" + std::to_string(number));
      json doc = json::parse(line, nullptr, /*allow_exceptions=*/false);
      ASSERT_FALSE(doc.is_discarded());
      ++records;
      auto result = validate(doc);
      EXPECT_TRUE(result.is_ok()) << "field '" << result.status().field()
                                  << "': " << result.status().message();
      if (result.is_ok()) {
        EXPECT_TRUE(result->warnings.empty());
      }
    }
  }
  EXPECT_GT(records, 0u);
}

TEST_F(SchemaTest, SchemaJsonAgreesWithFieldRules) {
  const json schema = load_schema_json();
  ASSERT_TRUE(schema.is_object());
  EXPECT_EQ(schema.value("$schema", ""), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_TRUE(schema.contains("$id"));
  EXPECT_TRUE(schema.contains("title"));
  EXPECT_TRUE(schema.contains("description"));
  EXPECT_EQ(schema.value("type", ""), "object");
  EXPECT_EQ(schema.value("additionalProperties", true), false);

  const json& props = schema.at("properties");
  std::set<std::string> rule_names, schema_names, rule_required, schema_required;
  for (const FieldRule& rule : field_rules()) {
    rule_names.insert(rule.name);
    if (rule.required) rule_required.insert(rule.name);
  }
  for (const auto& [name, unused] : props.items()) schema_names.insert(name);
  for (const json& name : schema.at("required")) schema_required.insert(name.get<std::string>());
  EXPECT_EQ(schema_names, rule_names);
  EXPECT_EQ(schema_required, rule_required);

  for (const FieldRule& rule : field_rules()) {
    SCOPED_TRACE(rule.name);
    ASSERT_TRUE(props.contains(rule.name));
    const json& p = props.at(rule.name);
    EXPECT_TRUE(p.contains("description"));
    EXPECT_EQ(p.value("type", ""), rule.type);
    const std::string type = rule.type;
    if (type == "string") {
      EXPECT_EQ(p.value("maxLength", size_t{0}), rule.max_length);
      EXPECT_EQ(p.value("minLength", size_t{0}), rule.min_length);
      // A required string must not be empty; an optional one may be.
      EXPECT_EQ(rule.required, rule.min_length > 0);
    } else if (type == "array") {
      EXPECT_EQ(p.value("maxItems", size_t{0}), rule.max_length);
      EXPECT_EQ(p.value("minItems", size_t{0}), rule.min_length);
      ASSERT_TRUE(p.contains("items"));
      EXPECT_EQ(p["items"].value("type", ""), "string");
      EXPECT_EQ(p["items"].value("maxLength", size_t{0}), 200u);  // kMaxShortChars
    } else if (type == "integer") {
      EXPECT_EQ(p.value("minimum", 0), kMinYear);
      EXPECT_EQ(p.value("maximum", 0), kMaxYear);
    } else {
      ADD_FAILURE() << "unexpected type " << type;
    }
  }
  EXPECT_EQ(props["id"].value("pattern", ""), "^[A-Za-z0-9._:-]{1,64}$");
  EXPECT_EQ(props["id"].value("maxLength", size_t{0}), kMaxIdChars);
  EXPECT_EQ(props["title"].value("maxLength", size_t{0}), kMaxTitleChars);
  EXPECT_EQ(props["summary"].value("maxLength", size_t{0}), kMaxSummaryChars);
  EXPECT_EQ(props["description"].value("maxLength", size_t{0}), kMaxDescriptionChars);
  EXPECT_EQ(props["url"].value("pattern", ""), "^https?://");
  EXPECT_EQ(props["status"].at("enum"), json({"berlanjut", "berhenti"}));
  EXPECT_FALSE(props["province"].contains("enum"))
      << "variants such as \"Jatim\" are accepted, so no enum";
}

TEST_F(SchemaTest, SchemaJsonListsOfficialProvinces) {
  const json schema = load_schema_json();
  ASSERT_TRUE(schema.is_object());
  const json& examples = schema.at("properties").at("province").at("examples");
  std::vector<std::string> listed;
  for (const json& e : examples) listed.push_back(e.get<std::string>());
  EXPECT_EQ(listed, regions_->provinces());
  const std::string description = schema["properties"]["province"].value("description", "");
  for (const std::string& p : regions_->provinces()) {
    EXPECT_NE(description.find(p), std::string::npos) << p;
  }
}

}  // namespace
}  // namespace jipp
