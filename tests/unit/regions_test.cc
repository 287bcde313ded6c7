// Tests for jipp/regions.h: the official lists load completely, every
// official name and every alias normalises to the official name, typos get
// a sensible suggestion, and kabupaten/kota names resolve only when they
// are unambiguous.
#include "jipp/regions.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <stdlib.h>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "jipp/status.h"

namespace jipp {
namespace {

namespace fs = std::filesystem;

const std::string kDataDir = JIPP_SOURCE_DIR "/data";

// (alias, official name) rows of data/province-aliases.tsv.
std::vector<std::pair<std::string, std::string>> read_aliases() {
  std::vector<std::pair<std::string, std::string>> rows;
  std::ifstream in(kDataDir + "/province-aliases.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    rows.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return rows;
}

std::string upper_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

class RegionsTest : public ::testing::Test {
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

  const Regions& regions() const { return *regions_; }

  static Regions* regions_;
  static std::string* load_error_;
};

Regions* RegionsTest::regions_ = nullptr;
std::string* RegionsTest::load_error_ = nullptr;

// A directory of its own for tests that write data files; removed after.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "regions_test.XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(fs::path(path_) / name) << text;
  }

 private:
  std::string path_;
};

// ---------------------------------------------------------------------------
// Loading

TEST_F(RegionsTest, LoadsAllProvincesAndRegions) {
  const auto& provinces = regions().provinces();
  ASSERT_EQ(provinces.size(), 39u) << "38 provinces + Nasional";
  EXPECT_EQ(provinces.front(), "Aceh");  // code order
  EXPECT_EQ(provinces.back(), kNationalProvince);
  EXPECT_EQ(std::set<std::string>(provinces.begin(), provinces.end()).size(), 39u);
  EXPECT_EQ(regions().regions().size(), 514u);
}

TEST_F(RegionsTest, RegionsCarryKindAndKnownProvince) {
  const auto& provinces = regions().provinces();
  const std::set<std::string> known(provinces.begin(), provinces.end() - 1);
  size_t kabupaten = 0, kota = 0;
  for (const Region& r : regions().regions()) {
    SCOPED_TRACE(r.code + " " + r.name);
    EXPECT_TRUE(known.count(r.province)) << r.province;
    if (r.kind == "kabupaten") {
      ++kabupaten;
      EXPECT_EQ(r.name.rfind("Kabupaten ", 0), 0u);
    } else if (r.kind == "kota") {
      ++kota;
      EXPECT_EQ(r.name.rfind("Kota ", 0), 0u);
    } else {
      ADD_FAILURE() << "unexpected kind " << r.kind;
    }
  }
  EXPECT_EQ(kabupaten, 416u);
  EXPECT_EQ(kota, 98u);
}

TEST_F(RegionsTest, LoadFailsOnMissingDirectory) {
  auto r = Regions::load("/nonexistent/jipp-data");
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().kind(), ErrorKind::kUnavailable);
  EXPECT_EQ(r.status().message(), "cannot read /nonexistent/jipp-data/regions.tsv");
}

TEST_F(RegionsTest, LoadFailsWithoutAliasFile) {
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  dir.write("regions.tsv",
            "# code\tname\tkind\tprovince_code\tprovince\n"
            "34\tDaerah Istimewa Yogyakarta\tprovinsi\t34\tDaerah Istimewa Yogyakarta\n"
            "34.04\tKabupaten Sleman\tkabupaten\t34\tDaerah Istimewa Yogyakarta\n");
  auto r = Regions::load(dir.path());
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().kind(), ErrorKind::kUnavailable);
  EXPECT_EQ(r.status().message(), "cannot read " + dir.path() + "/province-aliases.tsv");

  dir.write("province-aliases.tsv", "diy\tDaerah Istimewa Yogyakarta\n");
  auto no_region_aliases = Regions::load(dir.path());
  ASSERT_FALSE(no_region_aliases.is_ok());
  EXPECT_EQ(no_region_aliases.status().message(),
            "cannot read " + dir.path() + "/region-aliases.tsv");

  dir.write("region-aliases.tsv", "sleman city\tKabupaten Sleman\n");
  auto ok = Regions::load(dir.path());
  ASSERT_TRUE(ok.is_ok()) << ok.status().message();
  EXPECT_EQ(ok->normalize_province("DIY"), "Daerah Istimewa Yogyakarta");
  EXPECT_EQ(ok->normalize_region("sleman"), "Kabupaten Sleman");
  EXPECT_EQ(ok->normalize_region("Sleman City"), "Kabupaten Sleman");
}

TEST_F(RegionsTest, LoadFailsOnShortRow) {
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  dir.write("regions.tsv", "# header\n34\tDaerah Istimewa Yogyakarta\tprovinsi\n");
  dir.write("province-aliases.tsv", "");
  auto r = Regions::load(dir.path());
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().kind(), ErrorKind::kInternal);
  EXPECT_EQ(r.status().message(), dir.path() + "/regions.tsv:2: expected 5 tab-separated columns");
}

TEST_F(RegionsTest, LoadFailsOnEmptyRegionList) {
  TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  dir.write("regions.tsv", "# nothing\n");
  dir.write("province-aliases.tsv", "");
  auto r = Regions::load(dir.path());
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().kind(), ErrorKind::kInternal);
  EXPECT_EQ(r.status().message(), dir.path() + "/regions.tsv lists no regions");
}

// ---------------------------------------------------------------------------
// Provinces

TEST_F(RegionsTest, OfficialProvinceNamesNormaliseToThemselves) {
  for (const std::string& p : regions().provinces()) {
    SCOPED_TRACE(p);
    EXPECT_EQ(regions().normalize_province(p), p);
    EXPECT_EQ(regions().normalize_province(upper_ascii(p)), p);
    EXPECT_EQ(regions().normalize_province("Provinsi " + p), p);
    EXPECT_EQ(regions().normalize_province("Prov. " + p), p);
    EXPECT_EQ(regions().normalize_province("  " + p + "  "), p);
  }
}

TEST_F(RegionsTest, EveryAliasNormalisesToItsOfficialName) {
  const auto aliases = read_aliases();
  ASSERT_GT(aliases.size(), 50u);
  const auto& provinces = regions().provinces();
  const std::set<std::string> official(provinces.begin(), provinces.end());
  for (const auto& [alias, name] : aliases) {
    SCOPED_TRACE(alias + " -> " + name);
    EXPECT_TRUE(official.count(name)) << "alias file names an unknown province";
    EXPECT_EQ(regions().normalize_province(alias), name);
    EXPECT_EQ(regions().normalize_province(upper_ascii(alias)), name);
    EXPECT_EQ(regions().normalize_province("Provinsi " + alias), name);
  }
}

TEST_F(RegionsTest, NormalisesProvinceVariants) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Jatim", "Jawa Timur"},
      {"jawa timur", "Jawa Timur"},
      {"JAWA TIMUR", "Jawa Timur"},
      {"Prov. Jawa Timur", "Jawa Timur"},
      {"Prov.Jawa Timur", "Jawa Timur"},
      {"Provinsi Jawa Timur", "Jawa Timur"},
      {"Propinsi Jawa Timur", "Jawa Timur"},
      {"  jawa   timur ", "Jawa Timur"},
      {"jawatimur", "Jawa Timur"},
      {"DIY", "Daerah Istimewa Yogyakarta"},
      {"D.I. Yogyakarta", "Daerah Istimewa Yogyakarta"},
      {"Provinsi DIY", "Daerah Istimewa Yogyakarta"},
      {"DKI", "DKI Jakarta"},
      {"Daerah Khusus Ibukota Jakarta", "DKI Jakarta"},
      {"Sumut", "Sumatera Utara"},
      {"Kep. Bangka Belitung", "Kepulauan Bangka Belitung"},
      {"Pusat", "Nasional"},
      {"Indonesia", "Nasional"},
      {"NASIONAL", "Nasional"},
  };
  for (const auto& [text, expected] : rows) {
    SCOPED_TRACE(text);
    EXPECT_EQ(regions().normalize_province(text), std::optional<std::string>(expected));
  }
}

TEST_F(RegionsTest, RejectsUnknownProvince) {
  for (const char* text :
       {"", "Provinsi", "Atlantis", "Jawa Timor", "Sleman", "Kota Bandung", "Jawa"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(regions().normalize_province(text), std::nullopt);
  }
}

TEST_F(RegionsTest, SuggestsNearestProvinceForTypos) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Jawa Timor", "Jawa Timur"},
      {"Sulawesi Selatn", "Sulawesi Selatan"},
      {"jawa timurr", "Jawa Timur"},
      {"Sumatra Utaraa", "Sumatera Utara"},
      {"Kalimantan Selatn", "Kalimantan Selatan"},
      {"Jatimm", "Jawa Timur"},
      {"Gorontallo", "Gorontalo"},
      {"Papua Barat Dya", "Papua Barat Daya"},
      {"Nasionl", "Nasional"},
  };
  for (const auto& [text, expected] : rows) {
    SCOPED_TRACE(text);
    EXPECT_EQ(regions().nearest_province(text), expected);
  }
}

// nearest_province() strips a "Prov."/"Provinsi" prefix as
// normalize_province() does, so the prefix's letters do not swamp a short
// name ("Provinsi Riauu" once suggested "Kepulauan Riau").
TEST_F(RegionsTest, NearestProvinceIgnoresProvinsiPrefix) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Provinsi Riauu", "Riau"},
      {"Provinsi Papuaa", "Papua"},
      {"Provinsi Malukuu", "Maluku"},
      {"Prov. Jawa Timor", "Jawa Timur"},
  };
  for (const auto& [text, expected] : rows) {
    SCOPED_TRACE(text);
    EXPECT_EQ(regions().nearest_province(text), expected);
  }
}

TEST_F(RegionsTest, NearestProvinceIsAlwaysOfficial) {
  const auto& provinces = regions().provinces();
  const std::set<std::string> official(provinces.begin(), provinces.end());
  for (const char* text : {"", "x", "Atlantis", "Kabupaten Sleman", "zzzzzzzzzzzzzzzzzzzz"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(official.count(regions().nearest_province(text)));
  }
}

// ---------------------------------------------------------------------------
// Kabupaten and kota

TEST_F(RegionsTest, OfficialRegionNamesNormaliseToThemselves) {
  for (const Region& r : regions().regions()) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(regions().normalize_region(r.name), r.name);
    EXPECT_EQ(regions().normalize_region(r.name, r.province), r.name);
    EXPECT_EQ(regions().normalize_region(upper_ascii(r.name)), r.name);
  }
}

struct RegionCase {
  const char* text;
  const char* province;
  std::optional<std::string> expected;
  const char* why;
};

TEST_F(RegionsTest, NormalisesRegionVariants) {
  const std::vector<RegionCase> rows = {
      {"Kab. Sleman", "", "Kabupaten Sleman", "abbreviated kind"},
      {"Kab Sleman", "", "Kabupaten Sleman", "abbreviation without dot"},
      {"SLEMAN", "", "Kabupaten Sleman", "bare, upper case, unique"},
      {"kabupaten sleman", "", "Kabupaten Sleman", "lower case"},
      {"  Kabupaten   Sleman ", "", "Kabupaten Sleman", "extra spaces"},
      {"Kota Bandung", "", "Kota Bandung", "kind decides"},
      {"Kab. Bandung", "", "Kabupaten Bandung", "kind decides"},
      {"Kabupaten Bandung Barat", "", "Kabupaten Bandung Barat", "longer name"},
      {"Bandung Barat", "", "Kabupaten Bandung Barat", "bare, unique"},
      {"Bandung", "", std::nullopt, "kabupaten and kota, no province"},
      {"Bandung", "Jawa Barat", std::nullopt, "both are in Jawa Barat"},
      {"Banjar", "", std::nullopt, "kabupaten and kota in two provinces"},
      {"Banjar", "Jawa Barat", "Kota Banjar", "province decides"},
      {"Banjar", "Kalimantan Selatan", "Kabupaten Banjar", "province decides"},
      {"Kota Jakarta Selatan", "", "Kota Jakarta Selatan", "full name"},
      {"jakarta selatan", "DKI Jakarta", "Kota Jakarta Selatan", "bare"},
      {"Kota Yogyakarta", "", "Kota Yogyakarta", "full name"},
      {"Kotabaru", "", "Kabupaten Kotabaru", "name starting with Kota"},
      {"Kota Sleman", "", std::nullopt, "wrong kind"},
      {"Kabupaten Bandung Timur", "", std::nullopt, "unknown"},
      {"Atlantis", "", std::nullopt, "unknown"},
      {"", "", std::nullopt, "empty"},
  };
  for (const RegionCase& row : rows) {
    SCOPED_TRACE(std::string(row.text) + " / " + row.province + " (" + row.why + ")");
    EXPECT_EQ(regions().normalize_region(row.text, row.province), row.expected);
  }
}

}  // namespace
}  // namespace jipp
