#include "jipp/agency_names.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace jipp {
namespace {

class AgencyNamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto a = AgencyNames::load(testing::data_dir());
    ASSERT_TRUE(a.is_ok()) << a.status().message();
    names_ = std::move(*a);
  }
  AgencyNames names_;
};

TEST_F(AgencyNamesTest, OneAgencyWrittenSeveralWaysIsOneValue) {
  const char* variants[] = {
      "Dinas Kesehatan Kabupaten Sleman",
      "Dinkes Kab. Sleman",
      "Dinkes Kab Sleman",
      "DINAS KESEHATAN KABUPATEN SLEMAN",
      "dinas kesehatan  kabupaten sleman",
      "  Dinas   Kesehatan Kab. Sleman ",
  };
  for (const char* v : variants) {
    EXPECT_EQ(names_.normalize(v), "Dinas Kesehatan Kabupaten Sleman") << v;
  }
}

TEST_F(AgencyNamesTest, ExpandsCommonAbbreviations) {
  EXPECT_EQ(names_.normalize("Disdukcapil Kab. Banyuwangi"),
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banyuwangi");
  EXPECT_EQ(names_.normalize("Bapenda Prov. Riau"), "Badan Pendapatan Daerah Provinsi Riau");
  EXPECT_EQ(names_.normalize("Pemkot Surabaya"), "Pemerintah Kota Surabaya");
}

TEST_F(AgencyNamesTest, KeepsAcronymsAndMixedCaseNames) {
  EXPECT_EQ(names_.normalize("RSUD dr. Soetomo Provinsi Jawa Timur"),
            "RSUD dr. Soetomo Provinsi Jawa Timur");
  EXPECT_EQ(names_.normalize("UPTD PUSKESMAS KALIBARU"), "UPTD Puskesmas Kalibaru");
  EXPECT_EQ(names_.normalize("BADAN PUSAT STATISTIK"), "Badan Pusat Statistik");
  EXPECT_EQ(names_.normalize("DINAS PERTANIAN DAN PANGAN"), "Dinas Pertanian dan Pangan");
}

TEST_F(AgencyNamesTest, KeyGroupsNearDuplicates) {
  EXPECT_EQ(AgencyNames::key("Dinas Kesehatan, Kab. Sleman"),
            AgencyNames::key("dinas kesehatan kab sleman"));
  EXPECT_NE(AgencyNames::key("Dinas Kesehatan"), AgencyNames::key("Dinas Sosial"));
}

TEST_F(AgencyNamesTest, LoadFailsWithoutData) {
  EXPECT_FALSE(AgencyNames::load("/nonexistent").is_ok());
}

}  // namespace
}  // namespace jipp
