#include "query_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "../e2e/searchd_process.h"
#include "index_writer.h"
#include "jipp/fields.h"
#include "match_set.h"
#include "search_service.h"
#include "test_support.h"

namespace jipp::searchd {
namespace {

using Q = Xapian::Query;

int count_ops(const Q& q, Q::op op) {
  int n = q.get_type() == op ? 1 : 0;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) n += count_ops(q.get_subquery(i), op);
  return n;
}

std::set<std::string> terms_of(const Q& q) {
  return std::set<std::string>(q.get_unique_terms_begin(), q.get_unique_terms_end());
}

Record make(const std::string& id, const std::string& title, const std::string& description) {
  Record r;
  r.id = id;
  r.title = title;
  r.description = description;
  r.agency = "Dinas Komunikasi dan Informatika Kabupaten Sleman";
  r.agency_facet = r.agency;
  r.region = "Kabupaten Sleman";
  r.region_facet = r.region;
  r.province = "DI Yogyakarta";
  r.year = 2022;
  r.source = "KIPP";
  r.category = "Tata Kelola";
  r.status = "berlanjut";
  return r;
}

// An index of a few records, with the synonym table the indexer writes.
class QueryBuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    analyzer_ = testing::shared_analyzer();
    ASSERT_TRUE(analyzer_);
    auto facets = FacetNormalizer::load(testing::data_dir());
    ASSERT_TRUE(facets.is_ok());
    facets_ = *facets;
    Xapian::WritableDatabase db(dir_ / "db", Xapian::DB_CREATE_OR_OVERWRITE);
    for (const auto& [k, v] : analyzer_->xapian_synonyms()) db.add_synonym(k, v);
    indexer::IndexWriter writer(db, analyzer_);
    writer.add(make("acronym", "Kanal Daring", "Warga menyampaikan dumas lewat aplikasi."));
    writer.add(make("spelled", "Kanal Warga", "Pengaduan masyarakat diterima lewat aplikasi."));
    writer.add(make("apart", "Kanal Barang", "Pengaduan barang hilang dari masyarakat desa."));
    writer.add(make("other", "Taman Kota", "Taman bermain di sisi kanan balai desa."));
    db.commit();
    db_ = Xapian::Database(dir_ / "db");
  }

  Q parse(const std::string& text, MatchMode match = MatchMode::kAny) {
    QueryBuilder qb(db_, analyzer_, facets_);
    SearchRequest req;
    req.q = text;
    req.match = match;
    auto q = qb.text_query(req);
    EXPECT_TRUE(q.is_ok()) << q.status().message();
    return q.is_ok() ? *q : Q();
  }

  std::vector<std::string> ids(const std::string& text, MatchMode match) {
    SearchService svc(dir_ / "db", analyzer_, facets_);
    SearchRequest req;
    req.q = text;
    req.match = match;
    req.facets.clear();
    auto resp = svc.search(req);
    EXPECT_TRUE(resp.is_ok()) << resp.status().message();
    std::vector<std::string> out;
    if (resp.is_ok()) {
      for (const auto& h : resp->hits) out.push_back(h.id);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  testing::TempDir dir_;
  std::shared_ptr<const Analyzer> analyzer_;
  std::shared_ptr<const FacetNormalizer> facets_;
  Xapian::Database db_;
};

TEST_F(QueryBuilderTest, MultiwordSynonymAddsItsCanonicalTermBesideTheWords) {
  const Q q = parse("aspirasi pengaduan masyarakat");
  const auto terms = terms_of(q);
  EXPECT_TRUE(terms.count("Zdumas")) << q.get_description();
  EXPECT_TRUE(terms.count("Zadu")) << q.get_description();
  EXPECT_TRUE(terms.count("Zmasyarakat")) << q.get_description();
  EXPECT_EQ(count_ops(q, Q::OP_SYNONYM), 0) << q.get_description();
  EXPECT_TRUE(prunable(q)) << q.get_description();
}

TEST_F(QueryBuilderTest, WordsThatOnlyBeginASynonymKeyStaySeparateWords) {
  // Find a synonym key of three or more words; its first two words are a
  // prefix Xapian 1.4's parser wraps in an OP_SYNONYM of its own.
  std::string pair;
  for (const auto& [key, value] : analyzer_->xapian_synonyms()) {
    const size_t a = key.find(' ');
    const size_t b = key.find(' ', a + 1);
    if (b == std::string::npos) continue;
    const std::string prefix = key.substr(0, b);
    bool is_key = false;
    for (const auto& kv : analyzer_->xapian_synonyms()) is_key = is_key || kv.first == prefix;
    if (!is_key && !analyzer_->is_stopword(key.substr(0, a)) &&
        !analyzer_->is_stopword(key.substr(a + 1, b - a - 1))) {
      pair = prefix;
      break;
    }
  }
  ASSERT_FALSE(pair.empty()) << "data/synonyms.tsv has no multiword form of 3+ words";
  for (MatchMode match : {MatchMode::kAny, MatchMode::kAll}) {
    const Q q = parse(pair, match);
    EXPECT_EQ(count_ops(q, Q::OP_SYNONYM), 0) << pair << ": " << q.get_description();
    EXPECT_TRUE(prunable(q)) << pair << ": " << q.get_description();
  }
}

TEST_F(QueryBuilderTest, AcronymAndSpelledOutFormFindEachOther) {
  // All words: the words together, or the canonical term instead.
  EXPECT_EQ(ids("pengaduan masyarakat", MatchMode::kAll),
            (std::vector<std::string>{"acronym", "apart", "spelled"}));
  EXPECT_EQ(ids("dumas", MatchMode::kAll), (std::vector<std::string>{"acronym", "spelled"}));
  EXPECT_EQ(ids("pengaduan masyarakat", MatchMode::kAny),
            (std::vector<std::string>{"acronym", "apart", "spelled"}));
}

TEST_F(QueryBuilderTest, RecordWithTheWholeFormRanksFirst) {
  SearchService svc(dir_ / "db", analyzer_, facets_);
  SearchRequest req;
  req.q = "pengaduan masyarakat";
  req.facets.clear();
  auto resp = svc.search(req);
  ASSERT_TRUE(resp.is_ok());
  ASSERT_FALSE(resp->hits.empty());
  EXPECT_EQ(resp->hits.front().id, "spelled");
}

TEST_F(QueryBuilderTest, WordsTheIndexLacksInEveryFormAreRespelled) {
  QueryBuilder qb(db_, analyzer_, facets_);
  SearchRequest req;
  req.q = "tamam kota";
  ASSERT_TRUE(qb.text_query(req).is_ok());
  EXPECT_EQ(qb.respelled_query(), "taman kota");
  EXPECT_TRUE(terms_of(*qb.text_query(req)).count("Ztaman"));
  // "kanan" is only in a description, indexed by stem without a spelling
  // entry: the spelling table suggests "kanal", but the index knows it.
  ASSERT_EQ(db_.get_spelling_suggestion("kanan"), "kanal");
  req.q = "kanan";
  auto q = qb.text_query(req);
  ASSERT_TRUE(q.is_ok());
  EXPECT_EQ(qb.respelled_query(), "");
  EXPECT_TRUE(terms_of(*q).count("Zkanan")) << q->get_description();
  EXPECT_EQ(ids("kanan", MatchMode::kAll), (std::vector<std::string>{"other"}));
}

TEST_F(QueryBuilderTest, TextReadAsPlainWordsIsTheRespelledText) {
  // A stray operator makes the parser give up; the words are then read
  // plainly, and still as respelled.
  QueryBuilder qb(db_, analyzer_, facets_);
  SearchRequest req;
  req.q = "tamam AND";
  auto q = qb.text_query(req);
  ASSERT_TRUE(q.is_ok()) << q.status().message();
  EXPECT_EQ(qb.respelled_query(), "taman AND");
  EXPECT_TRUE(terms_of(*q).count("Ztaman")) << q->get_description();
}

TEST(ExpandSynonymGroupsTest, KeepsSynonymsOfSingleTermsAndOtherOperators) {
  const Q syn(Q::OP_SYNONYM, Q("Za"), Q("Zb"));
  EXPECT_EQ(expand_synonym_groups(syn).get_description(), syn.get_description());
  const Q phrase(Q::OP_PHRASE, Q("Za"), Q("Zb"));
  const Q tree(Q::OP_AND_NOT, Q(Q::OP_SYNONYM, Q(Q::OP_AND, Q("Zc"), Q("Zd")), Q("Ze")), phrase);
  const Q out = expand_synonym_groups(tree);
  EXPECT_EQ(out.get_description(),
            Q(Q::OP_AND_NOT, Q(Q::OP_OR, Q(Q::OP_AND, Q("Zc"), Q("Zd")), Q("Ze")), phrase)
                .get_description());
}

}  // namespace
}  // namespace jipp::searchd
