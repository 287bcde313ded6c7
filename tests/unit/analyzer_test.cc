#include "jipp/analyzer.h"

#include <gtest/gtest.h>

#include <xapian.h>

#include "test_support.h"

namespace jipp {
namespace {

class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    analyzer_ = testing::shared_analyzer();
    ASSERT_TRUE(analyzer_);
  }

  // Indexes `text` as one document in an in-memory database and reports
  // whether `query` (through the real query path) finds it.
  bool query_finds(const std::string& text, const std::string& query) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::TermGenerator tg;
    tg.set_stemmer(analyzer_->make_stem());
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(analyzer_->index_text(text));
    db.add_document(doc);
    Xapian::QueryParser qp;
    qp.set_database(db);
    qp.set_stemmer(analyzer_->make_stem());
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_stopper(analyzer_->stopper());
    Xapian::Enquire enq(db);
    enq.set_query(qp.parse_query(analyzer_->query_text(query),
                                 Xapian::QueryParser::FLAG_DEFAULT |
                                     Xapian::QueryParser::FLAG_PHRASE));
    return enq.get_mset(0, 10).size() == 1;
  }

  std::shared_ptr<const Analyzer> analyzer_;
};

TEST_F(AnalyzerTest, IndexTextIsPlainWords) {
  EXPECT_EQ(analyzer_->index_text("Anak-anak mengurus e-KTP, KTP-el & COVID-19!"),
            "anak mengurus ektp ktpel covid19");
}

TEST_F(AnalyzerTest, QueryTextKeepsSyntax) {
  EXPECT_EQ(analyzer_->query_text("\"Pelayanan e-KTP\" AND -Korupsi title:Dukcapil izin*"),
            "\"pelayanan ektp\" AND -korupsi title:dukcapil izin*");
}

TEST_F(AnalyzerTest, HyphenatedFormsMatchThroughTheQueryParser) {
  // QueryParser alone would turn "e-KTP" into the phrase "e ktp".
  EXPECT_TRUE(query_finds("Perekaman e-KTP keliling", "e-KTP"));
  EXPECT_TRUE(query_finds("Perekaman e-KTP keliling", "E-ktp"));
  EXPECT_TRUE(query_finds("Posyandu untuk anak-anak balita", "anak-anak"));
  EXPECT_TRUE(query_finds("Posyandu untuk anak-anak balita", "anak"));
  EXPECT_TRUE(query_finds("kasus COVID-19 menurun", "covid-19"));
}

TEST_F(AnalyzerTest, RootFormsFindAffixedForms) {
  EXPECT_TRUE(query_finds("Dinas Kependudukan dan Pencatatan Sipil", "penduduk"));
  EXPECT_TRUE(query_finds("program berkelanjutan", "lanjut"));
  EXPECT_TRUE(query_finds("peningkatan pelayanan publik", "pelayanannya"));
  EXPECT_TRUE(query_finds("mempermudah perizinan berusaha", "izin usaha"));
}

TEST_F(AnalyzerTest, PhrasesStillMatchStopWords) {
  EXPECT_TRUE(query_finds("kartu identitas anak untuk semua", "\"anak untuk semua\""));
  EXPECT_FALSE(query_finds("kartu identitas anak untuk semua", "\"anak semua untuk\""));
}

TEST_F(AnalyzerTest, StopWordsAreMarked) {
  auto tokens = analyzer_->analyze("pelayanan yang cepat dan mudah");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_FALSE(tokens[0].stopword);
  EXPECT_TRUE(tokens[1].stopword);
  EXPECT_EQ(tokens[0].stem, "layan");
  EXPECT_EQ(tokens[0].token, "pelayanan");
}

TEST_F(AnalyzerTest, FingerprintIsStable) {
  EXPECT_EQ(analyzer_->fingerprint().size(), 16u);
  auto again = Analyzer::load({testing::data_dir(), cli::default_hunspell_dic()});
  ASSERT_TRUE(again.is_ok());
  EXPECT_EQ((*again)->fingerprint(), analyzer_->fingerprint());
}

TEST_F(AnalyzerTest, LoadFailsClearlyWithoutData) {
  auto r = Analyzer::load({"/nonexistent-dir", cli::default_hunspell_dic()});
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.status().message().find("/nonexistent-dir"), std::string::npos);
}

}  // namespace
}  // namespace jipp
