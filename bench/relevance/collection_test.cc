#include "relevance/collection.h"

#include <gtest/gtest.h>

#include <fstream>

#include "common/temp_dir.h"

namespace jipp::bench::relevance {
namespace {

class CollectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = TempDir::create("jipp-collection-test-");
    ASSERT_TRUE(dir.is_ok()) << dir.status().message();
    dir_ = std::make_unique<TempDir>(std::move(*dir));
  }

  std::string write(const std::string& name, const std::string& text) {
    const std::string path = dir_->file(name);
    std::ofstream(path) << text;
    return path;
  }

  std::unique_ptr<TempDir> dir_;
};

TEST_F(CollectionTest, ParsesFiltersAsPortalParameters) {
  auto f = parse_filters("province=Jawa Tengah; year=2021;province=Jawa Timur");
  ASSERT_TRUE(f.is_ok()) << f.status().message();
  ASSERT_EQ(f->size(), 3u);
  EXPECT_EQ((*f)[0].name, "province");
  EXPECT_EQ((*f)[0].value, "Jawa Tengah");
  EXPECT_EQ((*f)[1].name, "year");
  EXPECT_EQ((*f)[2].value, "Jawa Timur");
  EXPECT_TRUE(parse_filters("").is_ok());
}

TEST_F(CollectionTest, RejectsUnknownOrMalformedFilters) {
  const struct {
    const char* text;
    const char* expected;
  } cases[] = {
      {"kota=Semarang", "unknown name \"kota\""},
      {"province", "expected name=value"},
      {"province=", "empty value"},
  };
  for (const auto& c : cases) {
    auto f = parse_filters(c.text);
    ASSERT_FALSE(f.is_ok()) << c.text;
    EXPECT_NE(f.status().message().find(c.expected), std::string::npos) << f.status().message();
  }
}

TEST_F(CollectionTest, LoadsQueriesSkippingCommentsAndBlankLines) {
  const std::string path = write("q.tsv",
                                 "# qid\tquery\tfilters\n"
                                 "q1\tpelayanan kependudukan\r\n"
                                 "\n"
                                 "q2\tstunting\tprovince=Aceh;year=2021\n");
  auto q = load_queries(path);
  ASSERT_TRUE(q.is_ok()) << q.status().message();
  ASSERT_EQ(q->size(), 2u);
  EXPECT_EQ((*q)[0].text, "pelayanan kependudukan");
  EXPECT_EQ((*q)[1].line, 4);
  ASSERT_EQ((*q)[1].filters.size(), 2u);
  EXPECT_EQ((*q)[1].filters[1].value, "2021");
}

TEST_F(CollectionTest, QueryErrorsAreLocated) {
  auto dup = load_queries(write("dup.tsv", "q1\ta\nq1\tb\n"));
  ASSERT_FALSE(dup.is_ok());
  EXPECT_NE(dup.status().message().find("dup.tsv:2: duplicate qid q1"), std::string::npos);
  auto no_tab = load_queries(write("notab.tsv", "q1 query without tab\n"));
  ASSERT_FALSE(no_tab.is_ok());
  EXPECT_NE(no_tab.status().message().find("notab.tsv:1: expected qid<TAB>query"),
            std::string::npos);
  auto missing = load_queries(dir_->file("absent.tsv"));
  ASSERT_FALSE(missing.is_ok());
  EXPECT_NE(missing.status().message().find("cannot read"), std::string::npos);
}

TEST_F(CollectionTest, LoadsGradedQrels) {
  auto q = load_qrels(write("qrels.tsv", "q1\tjip-a001\t2\nq1\tjip-a002\t1\nq2\tjip-a003\t0\n"));
  ASSERT_TRUE(q.is_ok()) << q.status().message();
  EXPECT_EQ(q->at("q1").at("jip-a001"), 2);
  EXPECT_EQ(q->at("q2").at("jip-a003"), 0);
  auto bad = load_qrels(write("bad.tsv", "q1\tjip-a001\thigh\n"));
  ASSERT_FALSE(bad.is_ok());
  EXPECT_NE(bad.status().message().find("bad.tsv:1: grade"), std::string::npos);
  auto twice = load_qrels(write("twice.tsv", "q1\ta\t1\nq1\ta\t2\n"));
  EXPECT_FALSE(twice.is_ok());
}

TEST_F(CollectionTest, CorpusKeepsFieldsAndCountsBadLines) {
  const std::string path = write(
      "c.jsonl",
      "{\"id\": \"a\", \"title\": \"T\", \"year\": 2021, \"province\": \"Jawa Tengah\", "
      "\"tags\": [\"x\", 3]}\n"
      "not json\n"
      "{\"title\": \"no id\"}\n");
  auto c = load_corpus(path);
  ASSERT_TRUE(c.is_ok()) << c.status().message();
  ASSERT_EQ(c->records.size(), 1u);
  EXPECT_EQ(c->records[0].year, "2021");
  EXPECT_EQ(filter_field(c->records[0], "province"), "Jawa Tengah");
  EXPECT_EQ(c->records[0].tags, std::vector<std::string>{"x"});
  EXPECT_EQ(c->skipped, 2u);
  EXPECT_EQ(c->lines, 3u);
}

TEST_F(CollectionTest, FilterKeyFoldsCaseAndSpaces) {
  EXPECT_EQ(filter_key("  Jawa   TENGAH "), "jawa tengah");
  EXPECT_EQ(filter_key("DKI Jakarta"), filter_key("dki jakarta"));
}

}  // namespace
}  // namespace jipp::bench::relevance
