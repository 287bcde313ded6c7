#include "match_set.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "../e2e/searchd_process.h"
#include "commands.h"
#include "jipp/cli.h"
#include "search_service.h"
#include "test_support.h"

namespace jipp::searchd {
namespace {

using Q = Xapian::Query;

std::vector<Xapian::docid> members(const MatchSet& s) {
  std::vector<Xapian::docid> out;
  s.for_each([&](Xapian::docid d) { out.push_back(d); });
  return out;
}

// Every document Xapian's matcher returns for `q`, in docid order.
std::vector<Xapian::docid> xapian_matches(const Xapian::Database& db, const Q& q) {
  Xapian::Enquire enq(db);
  enq.set_query(q);
  enq.set_docid_order(Xapian::Enquire::ASCENDING);
  enq.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<Xapian::docid> out;
  const Xapian::MSet mset = enq.get_mset(0, db.get_doccount() + 1);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  std::sort(out.begin(), out.end());
  return out;
}

// Two shards of random documents over the terms a..h, some deleted, so
// docids interleave and have gaps as in a real sharded index.
class RandomShards : public ::testing::Test {
 protected:
  void SetUp() override {
    std::mt19937 rng(7);
    for (int shard = 0; shard < 2; ++shard) {
      Xapian::WritableDatabase w(dir_ / ("shard" + std::to_string(shard)),
                                 Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
      for (int i = 0; i < 300; ++i) {
        Xapian::Document d;
        for (char t = 'a'; t <= 'h'; ++t) {
          // Term t appears in about (t - 'a' + 1) / 9 of the documents,
          // 1-6 times, so BM25 weights vary as with real text.
          if (std::uniform_int_distribution<int>(0, 8)(rng) <= t - 'a') {
            d.add_term(std::string(1, t), 1 + rng() % 6);
          }
        }
        d.add_posting("p", 1);
        // Lengths from 1 to about 400 words.
        d.add_term("filler", 1 + rng() % 400);
        w.add_document(d);
      }
      for (Xapian::docid did = 5; did <= 300; did += 17) w.delete_document(did);
      w.commit();
      db_.add_database(Xapian::Database(dir_ / ("shard" + std::to_string(shard))));
    }
  }

  // A random query tree of the operators match_set() covers; with
  // `parser_only`, of those query parsing produces from words (no XOR, MAX
  // or match-all, which Xapian 1.4 has crashed ranking in odd trees such
  // as (f XOR f XOR b XOR b) inside an AND).
  Q random_query(std::mt19937& rng, int depth, bool parser_only = false) {
    std::uniform_int_distribution<int> pick(0, depth > 0 ? 11 : 2);
    auto term = [&] { return Q(std::string(1, static_cast<char>('a' + rng() % 8))); };
    switch (pick(rng)) {
      case 0:
      case 1:
        return term();
      case 2:
        return rng() % 5 == 0 && !parser_only ? Q::MatchAll : term();
      default: {
        static const Q::op ops[] = {Q::OP_AND,     Q::OP_OR,     Q::OP_AND_NOT,
                                    Q::OP_XOR,     Q::OP_AND_MAYBE, Q::OP_FILTER,
                                    Q::OP_SYNONYM, Q::OP_MAX,    Q::OP_OR};
        Q::op op = ops[rng() % (sizeof(ops) / sizeof(ops[0]))];
        if (parser_only && (op == Q::OP_XOR || op == Q::OP_MAX)) op = Q::OP_AND;
        std::vector<Q> parts;
        const int n = 2 + static_cast<int>(rng() % 3);
        for (int i = 0; i < n; ++i) parts.push_back(random_query(rng, depth - 1, parser_only));
        if ((op == Q::OP_SYNONYM || op == Q::OP_MAX) && !parser_only) {
          for (auto& p : parts) p = term();  // as query parsing builds them
        }
        Q q(op, parts.begin(), parts.end());
        return rng() % 6 == 0 ? Q(Q::OP_SCALE_WEIGHT, q, 2.5) : q;
      }
    }
  }

  testing::TempDir dir_;
  Xapian::Database db_;
};

TEST_F(RandomShards, MatchesWhatXapianMatchesForEveryCoveredOperator) {
  std::mt19937 rng(11);
  int nonempty = 0;
  for (int i = 0; i < 400; ++i) {
    const Q q = random_query(rng, 3);
    auto set = match_set(db_, q);
    ASSERT_TRUE(set) << q.get_description();
    const auto expected = xapian_matches(db_, q);
    ASSERT_EQ(members(*set), expected) << q.get_description();
    EXPECT_EQ(set->size(), expected.size());
    if (!expected.empty()) ++nonempty;
  }
  EXPECT_GT(nonempty, 200) << "the random queries should mostly match something";
}

std::vector<Xapian::docid> top10(const Xapian::Database& db, const Q& q, bool exhaustive) {
  Xapian::Enquire enq(db);
  enq.set_query(q);
  enq.set_weighting_scheme(Xapian::BM25Weight(kBm25K1, 0, 1, kBm25B, 0.5));
  const Xapian::MSet m = exhaustive ? enq.get_mset(0, 10, db.get_doccount()) : enq.get_mset(0, 10);
  std::vector<Xapian::docid> out;
  for (auto it = m.begin(); it != m.end(); ++it) out.push_back(*it);
  return out;
}

// One database: Xapian's pruned top 10 is the exhaustive top 10 for every
// prunable query. (Over two shards it is not always: searchd ranks sharded
// indexes exhaustively; the SampleIndex test checks that.)
TEST_F(RandomShards, PrunedRankingEqualsExhaustiveRankingWhenPrunable) {
  Xapian::Database db(dir_ / "shard0");
  int checked = 0;
  for (unsigned seed = 13; seed < 23; ++seed) {
    std::mt19937 rng(seed);
    for (int i = 0; i < 1000; ++i) {
      const Q q = random_query(rng, 3, true);
      if (!prunable(q)) continue;
      ++checked;
      ASSERT_EQ(top10(db, q, false), top10(db, q, true)) << q.get_description();
    }
  }
  EXPECT_GT(checked, 1000);
  // Shapes Xapian 1.4 has pruned wrongly are not prunable.
  EXPECT_FALSE(prunable(Q(Q::OP_SYNONYM, Q(Q::OP_OR, Q("a"), Q("b")), Q("c"))));
  EXPECT_FALSE(prunable(Q(Q::OP_AND, Q("d"), Q(Q::OP_SYNONYM, Q(Q::OP_OR, Q("a"), Q("b")), Q("c")))));
  EXPECT_FALSE(prunable(Q(Q::OP_AND_NOT, Q("a"), Q("c"))));
  EXPECT_TRUE(prunable(Q(Q::OP_AND_MAYBE, Q(Q::OP_OR, Q("a"), Q("b")),
                         Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, Q("a"), Q("c")), 0.5))));
}

TEST_F(RandomShards, MatchAllSkipsDeletedDocuments) {
  auto all = match_set(db_, Q::MatchAll);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->size(), db_.get_doccount());
  EXPECT_LT(db_.get_doccount(), db_.get_lastdocid());
  auto none = match_set(db_, Q::MatchNothing);
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

TEST_F(RandomShards, PhrasesWildcardsAndValueRangesAreLeftToXapian) {
  const Q phrase(Q::OP_PHRASE, Q("p"), Q("a"));
  EXPECT_FALSE(match_set(db_, phrase));
  EXPECT_FALSE(match_set(db_, Q(Q::OP_OR, Q("a"), phrase)));
  EXPECT_FALSE(match_set(db_, Q(Q::OP_WILDCARD, "a")));
  EXPECT_FALSE(match_set(db_, Q(Q::OP_VALUE_RANGE, 0, "a", "b")));
  EXPECT_FALSE(match_set(db_, Q(Q::OP_ELITE_SET, Q("a"), Q("b"))));
  // The optional side of AND_MAYBE never changes the matches.
  auto maybe = match_set(db_, Q(Q::OP_AND_MAYBE, Q("a"), phrase));
  ASSERT_TRUE(maybe);
  EXPECT_EQ(members(*maybe), xapian_matches(db_, Q("a")));
  // An AND that is already empty stays empty whatever its other parts.
  auto empty_and = match_set(db_, Q(Q::OP_AND, Q("nosuchterm"), phrase));
  ASSERT_TRUE(empty_and);
  EXPECT_TRUE(empty_and->empty());
}

TEST_F(RandomShards, CachedTermBitmapsGiveTheSameSets) {
  TermSetCache cache(1 << 20);
  std::mt19937 rng(17);
  for (int i = 0; i < 300; ++i) {
    const Q q = random_query(rng, 3);
    auto plain = match_set(db_, q);
    auto cached = match_set(db_, q, &cache, 1);
    ASSERT_TRUE(plain && cached);
    ASSERT_EQ(members(*cached), members(*plain)) << q.get_description();
  }
  EXPECT_GT(cache.bytes(), 0u) << "frequent terms were cached";
  // A budget smaller than one bitmap caches nothing but still answers.
  TermSetCache tiny(8);
  auto a = match_set(db_, Q("h"), &tiny, 1);
  ASSERT_TRUE(a);
  EXPECT_EQ(members(*a), xapian_matches(db_, Q("h")));
  EXPECT_EQ(tiny.bytes(), 0u);
}

TEST(TermSetCacheTest, ChangedDatabaseIsNotServedStaleBitmaps) {
  testing::TempDir dir;
  Xapian::WritableDatabase w(dir / "db", Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  for (int i = 0; i < 100; ++i) {
    Xapian::Document d;
    d.add_term("common");
    if (i % 2) d.add_term("odd");
    w.add_document(d);
  }
  w.commit();
  TermSetCache cache(1 << 20);
  auto count = [&](uint64_t generation) {
    Xapian::Database db(dir / "db");
    return match_set(db, Q(Q::OP_AND, Q("common"), Q("odd")), &cache, generation)->size();
  };
  EXPECT_EQ(count(1), 50u);
  EXPECT_EQ(count(1), 50u);  // from the cache
  // A new document changes the term frequency and last docid: rebuilt even
  // within the same generation.
  Xapian::Document d;
  d.add_term("common");
  d.add_term("odd");
  w.add_document(d);
  w.commit();
  EXPECT_EQ(count(1), 51u);
  // A replaced document keeps both: only a new generation (the reload that
  // follows every change) refreshes it.
  Xapian::Document plain;
  plain.add_term("common");
  w.replace_document(2, plain);  // docid 2 was odd
  Xapian::Document now_odd;
  now_odd.add_term("common");
  now_odd.add_term("odd");
  w.replace_document(1, now_odd);  // docid 1 was even
  w.commit();
  EXPECT_EQ(count(2), 51u);
  Xapian::Database db(dir / "db");
  auto set = match_set(db, Q("odd"), &cache, 2);
  ASSERT_TRUE(set);
  EXPECT_TRUE(set->contains(1));
  EXPECT_FALSE(set->contains(2));
}

TEST(MatchSetTest, SetOperations) {
  MatchSet a(200), b(200);
  for (Xapian::docid d : {1u, 63u, 64u, 65u, 200u}) a.insert(d);
  for (Xapian::docid d : {63u, 65u, 100u}) b.insert(d);
  MatchSet x = a;
  x.intersect(b);
  EXPECT_EQ(members(x), (std::vector<Xapian::docid>{63, 65}));
  x = a;
  x.unite(b);
  EXPECT_EQ(members(x), (std::vector<Xapian::docid>{1, 63, 64, 65, 100, 200}));
  x = a;
  x.subtract(b);
  EXPECT_EQ(members(x), (std::vector<Xapian::docid>{1, 64, 200}));
  x = a;
  x.symmetric_difference(b);
  EXPECT_EQ(members(x), (std::vector<Xapian::docid>{1, 64, 100, 200}));
  EXPECT_TRUE(a.contains(200));
  EXPECT_FALSE(a.contains(2));
  EXPECT_EQ(a.size(), 5u);
}

// The default method (page from Xapian, counts from the posting lists)
// answers exactly what the every-match spies answer, on the sample.
class SampleIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    indexer::BuildOptions o;
    o.common.data_dir = testing::data_dir();
    o.common.hunspell_dic = cli::default_hunspell_dic();
    o.inputs = {testing::data_dir() + "/sample/innovations.jsonl"};
    o.progress = 0;
    for (unsigned shards : {1u, 2u}) {
      o.index_dir = *dir_ / ("index" + std::to_string(shards));
      o.shards = shards;
      std::ostringstream out, err;
      ASSERT_EQ(indexer::run_build(o, out, err), 0) << err.str();
    }
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static std::unique_ptr<SearchService> service(unsigned shards, FacetMethod method) {
    auto facets = FacetNormalizer::load(testing::data_dir());
    EXPECT_TRUE(facets.is_ok());
    auto svc = std::make_unique<SearchService>(*dir_ / ("index" + std::to_string(shards)), testing::shared_analyzer(),
                                               *facets, method);
    EXPECT_TRUE(svc->reload().is_ok());
    return svc;
  }

  static testing::TempDir* dir_;
};
testing::TempDir* SampleIndex::dir_ = nullptr;

std::string describe(const SearchResponse& r) {
  std::ostringstream s;
  s << "total " << r.total << "; hits";
  for (const auto& h : r.hits) s << " " << h.id;
  for (const auto& [name, counts] : r.facets) {
    s << "; " << name << ":";
    for (const auto& c : counts) s << " " << c.value << "=" << c.count;
  }
  s << "; did_you_mean " << r.did_you_mean << "; showing " << r.showing_results_for;
  return s.str();
}

TEST_F(SampleIndex, PostingCountsEqualSpyCounts) {
  const std::vector<std::string> queries = {
      "", "pelayanan", "pelayanan kesehatan", "puskesmas", "stunting balita gizi",
      "ktp-el", "izin usaha", "perijinan", "layanan -kesehatan", "sampah OR bank",
      "\"pelayanan publik\"", "desa digital", "posyandu ibu hamil", "anak-anak sekolah",
      "bagaimana cara mengurus akta kelahiran", "stuntng", "title:sampah", "zzzqqq"};
  for (unsigned shards : {1u, 2u}) {
    auto postings = service(shards, FacetMethod::kPostings);
    auto columns = service(shards, FacetMethod::kColumns);
    auto spy = service(shards, FacetMethod::kValueSpy);
    int compared = 0;
    for (const std::string& q : queries) {
      for (MatchMode match : {MatchMode::kAny, MatchMode::kAll}) {
        for (int filtered = 0; filtered < 2; ++filtered) {
          SearchRequest req;
          req.q = q;
          req.match = match;
          req.facets = {"province", "agency", "year", "source", "category", "status"};
          if (filtered) req.filters["source"] = {"KIPP"};
          auto a = postings->search(req);
          auto b = columns->search(req);
          auto c = spy->search(req);
          ASSERT_TRUE(a.is_ok() && b.is_ok() && c.is_ok()) << q;
          const std::string where = std::string(match == MatchMode::kAll ? "all " : "any ") +
              "shards=" + std::to_string(shards) + " q=" + q + " filtered=" + std::to_string(filtered);
          EXPECT_EQ(describe(*a), describe(*b)) << where;
          EXPECT_EQ(describe(*a), describe(*c)) << where;
          if (a->total > 0) ++compared;
        }
      }
    }
    EXPECT_GT(compared, 40) << "most queries should find records";
  }
}

}  // namespace
}  // namespace jipp::searchd
