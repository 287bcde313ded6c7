#include "relevance/sqlite_baseline.h"

#include <gtest/gtest.h>

namespace jipp::bench::relevance {
namespace {

class SqliteBaselineTest : public ::testing::Test {
 protected:
  Corpus corpus() {
    Corpus c;
    c.path = "memory";
    c.records.push_back({"a", "Pelayanan KTP keliling", "", "Perekaman e-KTP di desa", "Disdukcapil",
                         "", "Jawa Tengah", "2021", "KIPP", "", "", {}});
    c.records.push_back({"b", "Posyandu balita", "", "Pencegahan stunting", "Dinkes", "", "Aceh",
                         "2020", "IGA", "", "", {}});
    return c;
  }
};

TEST_F(SqliteBaselineTest, QueryIsTheOrOfQuotedWords) {
  const struct {
    const char* text;
    const char* expected;
  } cases[] = {
      {"Siapakah yang menemukan benua Amerika?",
       "\"Siapakah\" OR \"yang\" OR \"menemukan\" OR \"benua\" OR \"Amerika\""},
      // FTS5 syntax never reaches MATCH: quotes, operators, columns, stars.
      {"\"a b\" NEAR(c) -d title:e f*", "\"a\" OR \"b\" OR \"NEAR\" OR \"c\" OR \"d\" OR \"title\" "
                                         "OR \"e\" OR \"f\""},
      // Unicode punctuation separates; letters with accents stay.
      {"kapankah L’Étranger diciptakan?", "\"kapankah\" OR \"L\" OR \"Étranger\" OR \"diciptakan\""},
      {"e-KTP 2021", "\"e\" OR \"KTP\" OR \"2021\""},
      {"?!", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(fts5_or_query(c.text), c.expected) << c.text;
}

TEST_F(SqliteBaselineTest, RanksMatchesAndAppliesFilters) {
  SqliteBaseline s;
  ASSERT_TRUE(s.prepare(corpus()).is_ok());
  auto hits = s.search({"q", "KTP stunting", {}, 1}, 10);
  ASSERT_TRUE(hits.is_ok()) << hits.status().message();
  EXPECT_EQ(hits->size(), 2u);
  auto filtered = s.search({"q", "KTP stunting", {{"province", "aceh"}}, 1}, 10);
  ASSERT_TRUE(filtered.is_ok());
  EXPECT_EQ(*filtered, std::vector<std::string>{"b"});
  auto either = s.search({"q", "KTP stunting", {{"year", "2020"}, {"year", "2021"}}, 1}, 10);
  ASSERT_TRUE(either.is_ok());
  EXPECT_EQ(either->size(), 2u);
  auto none = s.search({"q", "???", {}, 1}, 10);
  ASSERT_TRUE(none.is_ok());
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace jipp::bench::relevance
