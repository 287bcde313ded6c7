#include "speed/query_set.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "common/temp_dir.h"
#include "speed/sqlite_peer.h"

namespace jipp::bench::speed {
namespace {

class QuerySetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = TempDir::create("jipp-queryset-test-");
    ASSERT_TRUE(dir.is_ok());
    dir_ = std::make_unique<TempDir>(std::move(*dir));
    std::ofstream(dir_->file("stop.txt")) << "# comment\nyang\ndan\ndi\n";
    std::ofstream corpus(dir_->file("corpus.jsonl"));
    for (int i = 0; i < 50; ++i) {
      corpus << R"({"id":"r)" << i << R"(","title":"Layanan Kependudukan Daring )" << i
             << R"(","summary":"Warga dan petugas mengurus akta kelahiran di kantor desa yang dekat",)"
             << R"("description":"Inovasi pelayanan publik 2021 untuk masyarakat pesisir",)"
             << R"("agency":"Dinas","province":"Jawa Timur","year":2021,"source":"KIPP"})"
             << "\n";
    }
  }
  std::unique_ptr<TempDir> dir_;
};

TEST_F(QuerySetTest, ContentWordsSkipStopWordsNumbersAndShortWords) {
  const std::vector<std::string> stop{"dan", "di", "yang"};
  EXPECT_EQ(content_words("Warga dan Petugas di KTP-el 2021 e-KTP ok", stop),
            (std::vector<std::string>{"warga", "petugas", "ktp"}));
  EXPECT_EQ(content_words("dusun-dusun terpencil", stop),
            (std::vector<std::string>{"dusun", "terpencil"}));
}

TEST_F(QuerySetTest, GenerationIsSeededAndEveryThirdQueryIsFiltered) {
  QuerySetOptions o;
  o.count = 30;
  o.seed = 7;
  o.stopwords_path = dir_->file("stop.txt");
  auto a = generate_query_set(dir_->file("corpus.jsonl"), o);
  auto b = generate_query_set(dir_->file("corpus.jsonl"), o);
  ASSERT_TRUE(a.is_ok()) << a.status().message();
  ASSERT_TRUE(b.is_ok());
  ASSERT_EQ(a->size(), 30u);
  for (size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ((*a)[i].text, (*b)[i].text);
    EXPECT_EQ((*a)[i].filters.empty(), i % 3 != 2) << i;
    EXPECT_EQ((*a)[i].text.find("yang"), std::string::npos);
  }
}

TEST_F(QuerySetTest, TsvRoundTripAndRequestPath) {
  std::vector<BenchQuery> qs{{"q1", "akta kelahiran", {{"province", "Jawa Timur"}, {"year", "2021"}}},
                             {"q2", "daring", {}}};
  ASSERT_TRUE(write_query_set(dir_->file("q.tsv"), qs).is_ok());
  auto back = read_query_set(dir_->file("q.tsv"));
  ASSERT_TRUE(back.is_ok()) << back.status().message();
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ((*back)[0].filters.size(), 2u);
  EXPECT_EQ((*back)[0].filters[0].value, "Jawa Timur");
  EXPECT_EQ(request_path((*back)[0], "all", 10),
            "/v1/search?q=akta%20kelahiran&per_page=10&match=all&province=Jawa%20Timur&year=2021");
  EXPECT_EQ(request_path((*back)[1], "any", 10), "/v1/search?q=daring&per_page=10");
}

TEST_F(QuerySetTest, BadFilterLineIsLocated) {
  std::ofstream(dir_->file("bad.tsv")) << "q1\tx\tcolour=red\n";
  auto r = read_query_set(dir_->file("bad.tsv"));
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.status().message().find("bad.tsv:1:"), std::string::npos);
}

TEST_F(QuerySetTest, Fts5MatchExpressionQuotesWords) {
  EXPECT_EQ(SqlitePeer::match_expression("akta kelahiran", PeerMatch::kAny),
            "\"akta\" OR \"kelahiran\"");
  EXPECT_EQ(SqlitePeer::match_expression("akta kelahiran", PeerMatch::kAll),
            "\"akta\" \"kelahiran\"");
}

}  // namespace
}  // namespace jipp::bench::speed
