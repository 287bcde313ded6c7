#include "facet_columns.h"

#include <gtest/gtest.h>

#include <map>

namespace jipp::searchd {
namespace {

Xapian::Document doc(const std::string& province, const std::string& year) {
  Xapian::Document d;
  d.add_term("x");
  d.add_value(kSlotProvince, province);
  d.add_value(kSlotYearText, year);
  return d;
}

std::map<std::string, Xapian::doccount> count(Xapian::Database& db,
                                              std::shared_ptr<const FacetColumns> cols,
                                              size_t facet) {
  Xapian::Enquire enq(db);
  enq.set_query(Xapian::Query("x"));
  ColumnCountSpy spy(std::move(cols), {facet});
  enq.add_matchspy(&spy);
  enq.get_mset(0, 10, db.get_doccount());
  auto v = spy.top(0, 100);
  return {v.begin(), v.end()};
}

using Top = std::vector<std::pair<std::string, Xapian::doccount>>;

constexpr size_t kProvince = 0;  // index of "province" in kFacetFields
constexpr size_t kYear = 3;

// The `limit` most frequent provinces among all documents, as the spy
// ranks them.
Top top_provinces(Xapian::Database& db, std::shared_ptr<const FacetColumns> cols, size_t limit) {
  Xapian::Enquire enq(db);
  enq.set_query(Xapian::Query("x"));
  ColumnCountSpy spy(std::move(cols), {kProvince});
  enq.add_matchspy(&spy);
  enq.get_mset(0, 10, db.get_doccount());
  return spy.top(0, limit);
}

TEST(FacetColumnsTest, CountsEveryMatchFromTheColumns) {
  ASSERT_STREQ(kFacetFields[kProvince].name, "province");
  ASSERT_STREQ(kFacetFields[kYear].name, "year");
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.add_document(doc("Bali", "2020"));
  db.add_document(doc("Bali", "2021"));
  db.add_document(doc("Aceh", "2021"));
  Xapian::Document no_province;
  no_province.add_term("x");
  db.add_document(no_province);
  auto cols = FacetColumns::load(db);
  EXPECT_EQ(count(db, cols, kProvince), (std::map<std::string, Xapian::doccount>{{"Aceh", 1}, {"Bali", 2}}));
  EXPECT_EQ(count(db, cols, kYear), (std::map<std::string, Xapian::doccount>{{"2020", 1}, {"2021", 2}}));
  EXPECT_EQ(cols->distinct(kProvince), 3u) << "two values and the empty one";
}

TEST(FacetColumnsTest, TopKeepsTheMostFrequentValuesInOrder) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* p : {"Bali", "Aceh", "Bali", "Papua", "Aceh", "Bali", "Riau"}) db.add_document(doc(p, "2020"));
  auto cols = FacetColumns::load(db);
  db.add_document(doc("Riau", "2021"));  // newer than the columns
  db.add_document(doc("Riau", "2021"));
  EXPECT_EQ(top_provinces(db, cols, 2), (Top{{"Bali", 3}, {"Riau", 3}}));
  EXPECT_EQ(top_provinces(db, cols, 10), (Top{{"Bali", 3}, {"Riau", 3}, {"Aceh", 2}, {"Papua", 1}}));
}

TEST(FacetColumnsTest, EqualCountsComeInValueOrderWhateverTheDocumentOrder) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* p : {"Riau", "Papua", "Bali", "Aceh", "Jambi"}) db.add_document(doc(p, "2020"));
  auto cols = FacetColumns::load(db);
  EXPECT_EQ(cols->value(kProvince, 1), "Aceh") << "ids follow the values' order";
  EXPECT_EQ(top_provinces(db, cols, 3), (Top{{"Aceh", 1}, {"Bali", 1}, {"Jambi", 1}}));
}

TEST(FacetColumnsTest, DocumentsNewerThanTheColumnsAreStillCounted) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.add_document(doc("Bali", "2020"));
  auto cols = FacetColumns::load(db);
  db.add_document(doc("Bali", "2022"));
  db.add_document(doc("Papua", "2022"));
  EXPECT_EQ(count(db, cols, kProvince),
            (std::map<std::string, Xapian::doccount>{{"Bali", 2}, {"Papua", 1}}));
}

}  // namespace
}  // namespace jipp::searchd
