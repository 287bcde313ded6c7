// End-to-end: the real indexer builds an index from the bundled sample, the
// real searchd serves it on a free loopback port, and the tests talk HTTP.
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <set>

#include "jipp/regions.h"
#include "jipp/schema.h"
#include "searchd_process.h"

namespace jipp {
namespace {

using nlohmann::json;

const std::string kSample = std::string(JIPP_SOURCE_DIR) + "/data/sample/innovations.jsonl";

class SearchE2ETest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    auto built = testing::run_command(
        {JIPP_INDEXER_BIN, "build", "--input", kSample, "--index", *dir_ / "index"});
    ASSERT_EQ(built.exit_code, 0) << built.output;
    build_output_ = new std::string(built.output);
    server_ = new testing::SearchdProcess(JIPP_SEARCHD_BIN, *dir_ / "index");
  }
  static void TearDownTestSuite() {
    if (server_) {
      EXPECT_EQ(server_->stop(), 0) << "searchd should exit cleanly on SIGTERM";
    }
    delete server_;
    delete dir_;
    delete build_output_;
  }

  static json get(const std::string& path, int expected_status = 200) {
    httplib::Client c("127.0.0.1", server_->port());
    auto r = c.Get(path.c_str());
    EXPECT_TRUE(r) << path;
    if (!r) return json();
    EXPECT_EQ(r->status, expected_status) << path << " -> " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
    return json::parse(r->body);
  }

  static std::vector<std::string> ids(const json& resp) {
    std::vector<std::string> out;
    for (const auto& h : resp["hits"]) out.push_back(h["id"]);
    return out;
  }

  // The sample's records, validated (so normalised) as the indexer does.
  static std::vector<Record> sample_records() {
    auto regions = Regions::load(std::string(JIPP_SOURCE_DIR) + "/data");
    EXPECT_TRUE(regions.is_ok());
    auto agencies = AgencyNames::load(std::string(JIPP_SOURCE_DIR) + "/data");
    EXPECT_TRUE(agencies.is_ok());
    std::vector<Record> out;
    std::ifstream in(kSample);
    std::string line;
    while (std::getline(in, line)) {
      auto v = validate_record(json::parse(line), *regions, &*agencies);
      EXPECT_TRUE(v.is_ok());
      out.push_back(v->record);
    }
    return out;
  }

  static testing::TempDir* dir_;
  static testing::SearchdProcess* server_;
  static std::string* build_output_;
};

testing::TempDir* SearchE2ETest::dir_ = nullptr;
testing::SearchdProcess* SearchE2ETest::server_ = nullptr;
std::string* SearchE2ETest::build_output_ = nullptr;

TEST_F(SearchE2ETest, IndexerReportsEveryRecord) {
  EXPECT_NE(build_output_->find("320 lines: 320 indexed (0 repeated id), 0 deleted, 0 rejected"), std::string::npos)
      << *build_output_;
}

TEST_F(SearchE2ETest, HealthReportsDocuments) {
  json h = get("/health");
  EXPECT_EQ(h["status"], "ok");
  EXPECT_EQ(h["documents"], 320);
  EXPECT_EQ(h["index_version"], 1);
}

TEST_F(SearchE2ETest, KnownRelevantRecordsRankInTopThree) {
  // Queries as a portal user would type them (not the titles verbatim),
  // each with the record a person judged to be the answer.
  const std::pair<const char*, const char*> cases[] = {
      {"sawah apung rawa lebak", "jip-a041"},
      {"shelter evakuasi tsunami padang", "jip-a017"},
      {"tabungan emas dari sampah", "jip-a013"},
      {"lelang sayur petani rejang lebong", "jip-a045"},
      {"dukcapil masuk pabrik", "jip-b045"},
      {"bayar pajak kendaraan di bumdes", "jip-b009"},
      {"ekspor mebel jepara", "jip-b021"},
      {"perijinan elektronik pontianak", "jip-c025"},
      {"siswa jumantik tarakan", "jip-c057"},
      {"arisan jamban", "jip-d041"},
      {"kartu identitas anak di sekolah kendari", "jip-d025"},
      {"tiket penerbangan perintis yahukimo", "jip-e021"},
      {"hak tanggungan elektronik sertipikat tanah", "jip-e053"},
      {"musik ambon", "jip-d049"},
  };
  for (const auto& [q, id] : cases) {
    json r = get("/v1/search?q=" + httplib::detail::encode_query_param(q) + "&per_page=3");
    std::vector<std::string> top = ids(r);
    EXPECT_NE(std::find(top.begin(), top.end(), id), top.end())
        << "query \"" << q << "\" should have " << id << " in its top 3";
  }
}

TEST_F(SearchE2ETest, HitsCarryTheRecordFields) {
  json r = get("/v1/search?q=arisan+jamban&per_page=1");
  ASSERT_EQ(r["hits"].size(), 1u);
  const json& h = r["hits"][0];
  for (const char* k : {"id", "title", "score", "province", "agency", "year", "summary"}) {
    EXPECT_TRUE(h.contains(k)) << k;
  }
  EXPECT_EQ(h["province"], "Sulawesi Barat");
  EXPECT_TRUE(h["year"].is_number_integer());
}

TEST_F(SearchE2ETest, FacetCountsEqualCountsFromTheJsonl) {
  const std::vector<Record> records = sample_records();
  struct Filter {
    std::string query;                                  // URL parameters
    std::function<bool(const Record&)> keep;
  };
  const Filter filters[] = {
      {"", [](const Record&) { return true; }},
      {"province=Jawa+Timur", [](const Record& r) { return r.province == "Jawa Timur"; }},
      {"province=jatim", [](const Record& r) { return r.province == "Jawa Timur"; }},
      {"year=2021", [](const Record& r) { return r.year == 2021; }},
      {"source=KIPP&status=berhenti",
       [](const Record& r) { return r.source == "KIPP" && r.status == "berhenti"; }},
      {"province=Nasional&year=2023&year=2024",
       [](const Record& r) { return r.province == "Nasional" && (r.year == 2023 || r.year == 2024); }},
      {"category=Kesehatan", [](const Record& r) { return r.category == "Kesehatan"; }},
  };
  for (const Filter& f : filters) {
    std::map<std::string, std::map<std::string, int>> expected;
    int total = 0;
    for (const Record& r : records) {
      if (!f.keep(r)) continue;
      ++total;
      for (const char* facet : {"province", "agency", "year", "source", "category", "status"}) {
        ++expected[facet][facet_value(r, facet)];
      }
    }
    json resp = get("/v1/search?facets=province,agency,year,source,category,status"
                    "&facet_limit=1000&" + f.query);
    EXPECT_EQ(resp["total"], total) << f.query;
    for (auto& [facet, counts] : expected) {
      std::map<std::string, int> got;
      for (const auto& fc : resp["facets"][facet]) {
        got[fc["value"].is_string() ? fc["value"].get<std::string>()
                                     : std::to_string(fc["value"].get<int>())] = fc["count"];
      }
      counts.erase("");  // records without the field are not counted
      EXPECT_EQ(got, counts) << "facet " << facet << " with filter " << f.query;
    }
  }
}

TEST_F(SearchE2ETest, FacetsAreOrderedByCountAndLimited) {
  json r = get("/v1/search?q=pelayanan&facet_limit=5");
  const json& prov = r["facets"]["province"];
  ASSERT_LE(prov.size(), 5u);
  for (size_t i = 1; i < prov.size(); ++i) {
    EXPECT_GE(prov[i - 1]["count"].get<int>(), prov[i]["count"].get<int>());
  }
}

TEST_F(SearchE2ETest, PagesDoNotOverlap) {
  std::set<std::string> seen;
  json all = get("/v1/search?q=pelayanan+kesehatan&per_page=30");
  for (int page = 1; page <= 3; ++page) {
    json r = get("/v1/search?q=pelayanan+kesehatan&per_page=10&page=" + std::to_string(page));
    EXPECT_EQ(r["page"], page);
    ASSERT_EQ(r["hits"].size(), 10u);
    for (const auto& id : ids(r)) EXPECT_TRUE(seen.insert(id).second) << "repeated " << id;
  }
  std::vector<std::string> all_ids = ids(all);
  EXPECT_EQ(std::set<std::string>(all_ids.begin(), all_ids.end()), seen);
}

TEST_F(SearchE2ETest, EmptyQueryListsEveryRecordThatPassesTheFilters) {
  json r = get("/v1/search?province=Bali&per_page=100");
  EXPECT_EQ(r["total"], r["hits"].size());
  for (const auto& h : r["hits"]) EXPECT_EQ(h["province"], "Bali");
  // Newest first when there are no words to rank by.
  for (size_t i = 1; i < r["hits"].size(); ++i) {
    EXPECT_GE(r["hits"][i - 1]["year"].get<int>(), r["hits"][i]["year"].get<int>());
  }
}

TEST_F(SearchE2ETest, BadParametersGet400WithTheParameterNamed) {
  const std::pair<const char*, const char*> cases[] = {
      {"/v1/search?q=a&page=0", "page"},
      {"/v1/search?q=a&page=abc", "page"},
      {"/v1/search?q=a&page=-1", "page"},
      {"/v1/search?q=a&per_page=1000", "per_page"},
      {"/v1/search?q=a&per_page=", "per_page"},
      {"/v1/search?year=20x9", "year"},
      {"/v1/search?year=1999", "year"},
      {"/v1/search?province=Atlantis", "province"},
      {"/v1/search?provinsi=Bali", "provinsi"},
      {"/v1/search?facets=province,bogus", "facets"},
      {"/v1/search?match=some", "match"},
      {"/v1/search?q=a&q=b", "q"},
      {"/v1/search?q=%FF%FE", "q"},
      {"/v1/search?agency=", "agency"},
      {"/v1/search?page=1001&per_page=10", "page"},
  };
  for (const auto& [path, param] : cases) {
    json r = get(path, 400);
    EXPECT_EQ(r["error"]["status"], 400) << path;
    EXPECT_EQ(r["error"]["code"], "invalid_argument") << path;
    EXPECT_EQ(r["error"]["param"], param) << path;
    EXPECT_FALSE(r["error"]["message"].get<std::string>().empty()) << path;
  }
  json r = get("/v1/search?province=Jawa+Timor", 400);
  EXPECT_NE(r["error"]["message"].get<std::string>().find("Jawa Timur"), std::string::npos);
}

TEST_F(SearchE2ETest, OddQueriesNeverFail) {
  for (const char* q : {"%22", "AND", "OR+NOT", "((", "title%3A", "*", "-", "%22%22",
                        "a+AND+(b+OR", "izin*", "NEAR", "~~", "%E2%80%9C"}) {
    json r = get(std::string("/v1/search?q=") + q);
    EXPECT_TRUE(r.contains("total")) << q;
  }
}

// The text of a sample record as one lower-case string, for finding the
// records that use one form of a word and not another.
std::string lower_text(const Record& r) {
  std::string t = " " + r.title + " " + r.summary + " " + r.description + " " + r.agency + " ";
  for (const auto& tag : r.tags) t += tag + " ";
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (char& c : t) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' &&
        static_cast<unsigned char>(c) < 0x80) {
      c = ' ';
    }
  }
  return t;
}

bool has_words(const std::string& text, const std::string& words) {
  return text.find(" " + words + " ") != std::string::npos;
}

TEST_F(SearchE2ETest, IndonesianFormsFindEachOther) {
  // {query, a form records use, a form they must not use}: every sample
  // record that uses the first form and never the query's own form must be
  // found, with every query word required (match=all).
  struct Case {
    const char* query;
    const char* used;
    std::vector<const char*> absent;
  };
  const Case cases[] = {
      {"penduduk", "kependudukan", {"penduduk"}},
      {"izin usaha", "perizinan berusaha", {"izin usaha"}},
      {"lanjut", "berkelanjutan", {"lanjut"}},
      {"anak", "anak-anak", {"anak"}},
      {"pelayanannya", "pelayanan", {"pelayanannya"}},
      {"pusat kesehatan masyarakat", "puskesmas", {"pusat kesehatan masyarakat"}},
      {"dukcapil", "kependudukan dan pencatatan sipil", {"dukcapil"}},
      {"kependudukan dan pencatatan sipil", "dukcapil", {"kependudukan dan pencatatan sipil"}},
      {"rumah sakit umum daerah", "rsud", {"rumah sakit umum daerah"}},
      {"ktp elektronik", "ktp-el", {"ktp elektronik"}},
      {"e-ktp", "ktp-el", {"e-ktp"}},
      {"izin", "ijin", {"izin"}},
      {"ijin", "izin", {"ijin"}},
      {"praktik", "praktek", {"praktik"}},
      {"apotek", "apotik", {"apotek"}},
      {"kartu identitas anak", "kia", {"kartu identitas anak"}},
      {"kartu keluarga", "kk", {"kartu keluarga"}},
      {"badan penyelenggara jaminan sosial", "bpjs", {"badan penyelenggara jaminan sosial"}},
  };
  const std::vector<Record> records = sample_records();
  for (const Case& c : cases) {
    std::set<std::string> expected;
    for (const Record& r : records) {
      const std::string t = lower_text(r);
      if (!has_words(t, c.used)) continue;
      bool clean = true;
      for (const char* a : c.absent) clean = clean && !has_words(t, a);
      if (clean) expected.insert(r.id);
    }
    ASSERT_FALSE(expected.empty()) << "the sample has no record using \"" << c.used
                                   << "\" without \"" << c.query << "\"";
    // Every page of the results: broad queries match hundreds.
    std::vector<std::string> got;
    for (int page = 1;; ++page) {
      json resp = get("/v1/search?match=all&per_page=100&facets=&page=" + std::to_string(page) +
                      "&q=" + httplib::detail::encode_query_param(c.query));
      std::vector<std::string> more = ids(resp);
      got.insert(got.end(), more.begin(), more.end());
      if (more.size() < 100) break;
    }
    for (const std::string& id : expected) {
      EXPECT_NE(std::find(got.begin(), got.end(), id), got.end())
          << "\"" << c.query << "\" should find " << id << ", which says \"" << c.used << "\"";
    }
  }
}

TEST_F(SearchE2ETest, MisspelledQueriesGetDidYouMean) {
  for (const auto& [typo, fix] : std::vector<std::pair<std::string, std::string>>{
           {"stuntng", "stunting"}, {"kependudukn", "kependudukan"}, {"perizianan", "perizinan"}}) {
    json r = get("/v1/search?q=" + typo);
    EXPECT_EQ(r.value("did_you_mean", ""), fix) << typo;
    // The typo alone finds nothing, so the corrected query's results are shown.
    EXPECT_EQ(r.value("showing_results_for", ""), fix) << typo;
    EXPECT_GT(r["total"].get<int>(), 0) << typo;
    EXPECT_EQ(r["query"], typo);
  }
  json ok = get("/v1/search?q=stunting");
  EXPECT_FALSE(ok.contains("did_you_mean"));
}

TEST_F(SearchE2ETest, WordUnknownInEveryFormIsRespelledInALongerQuery) {
  // "online" alone finds records, so the query is not empty without the
  // fix; "jumantk" is in the index in no form and is respelled.
  json r = get("/v1/search?q=jumantk%20online");
  EXPECT_EQ(r.value("showing_results_for", ""), "jumantik online");
  EXPECT_EQ(r.value("did_you_mean", ""), "jumantik online");
  ASSERT_FALSE(r["hits"].empty());
  std::string title = r["hits"][0]["title"];
  std::transform(title.begin(), title.end(), title.begin(), ::tolower);
  EXPECT_NE(title.find("jumantik"), std::string::npos) << title;
  // Correctly spelled words are left alone.
  json ok = get("/v1/search?q=jumantik%20online");
  EXPECT_FALSE(ok.contains("showing_results_for"));
}

TEST_F(SearchE2ETest, RecordsAndUnknownRoutes) {
  json rec = get("/v1/records/jip-a041");
  EXPECT_EQ(rec["id"], "jip-a041");
  EXPECT_TRUE(rec.contains("description"));
  json missing = get("/v1/records/nope", 404);
  EXPECT_EQ(missing["error"]["code"], "not_found");
  json route = get("/v2/nothing", 404);
  EXPECT_EQ(route["error"]["status"], 404);
}

}  // namespace
}  // namespace jipp
