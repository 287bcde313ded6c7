#include "index_writer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "../e2e/searchd_process.h"
#include "jipp/fields.h"
#include "search_service.h"
#include "test_support.h"

namespace jipp::indexer {
namespace {

Record make(const std::string& id, const std::string& title, const std::string& province,
            int year, const std::string& description = {}) {
  Record r;
  r.id = id;
  r.title = title;
  r.description = description;
  r.agency = "Dinas Kesehatan Kabupaten Sleman";
  r.region = "Kab. Sleman";
  r.region_facet = "Kabupaten Sleman";
  r.agency_facet = r.agency;
  r.province = province;
  r.year = year;
  r.source = "KIPP";
  r.category = "Kesehatan";
  r.status = "berlanjut";
  return r;
}

class IndexWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    analyzer_ = testing::shared_analyzer();
    ASSERT_TRUE(analyzer_);
    Xapian::WritableDatabase db(dir_ / "db", Xapian::DB_CREATE_OR_OVERWRITE);
    for (const auto& [k, v] : analyzer_->xapian_synonyms()) db.add_synonym(k, v);
    writer_ = std::make_unique<IndexWriter>(db, analyzer_);
  }

  std::vector<std::string> search(const std::string& q, searchd::MatchMode match =
                                                             searchd::MatchMode::kAll) {
    writer_->db().commit();
    auto facets = FacetNormalizer::load(testing::data_dir());
    EXPECT_TRUE(facets.is_ok());
    searchd::SearchService svc(dir_ / "db", analyzer_, *facets);
    searchd::SearchRequest req;
    req.q = q;
    req.match = match;
    req.facets.clear();
    auto resp = svc.search(req);
    EXPECT_TRUE(resp.is_ok()) << resp.status().message();
    std::vector<std::string> ids;
    for (const auto& h : resp->hits) ids.push_back(h.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  testing::TempDir dir_;
  std::shared_ptr<const Analyzer> analyzer_;
  std::unique_ptr<IndexWriter> writer_;
};

TEST_F(IndexWriterTest, DocumentCarriesIdFiltersValuesAndRecord) {
  Xapian::Document doc = writer_->make_document(make("r1", "Posyandu Keliling", "Jawa Timur", 2021));
  std::set<std::string> terms(doc.termlist_begin(), doc.termlist_end());
  EXPECT_TRUE(terms.count("Qr1"));
  EXPECT_TRUE(terms.count("XP:jawa timur"));
  EXPECT_TRUE(terms.count("XY:2021"));
  EXPECT_TRUE(terms.count("XR:kabupaten sleman"));
  EXPECT_TRUE(terms.count("ZSposyandu")) << "title stems under the title prefix";
  EXPECT_TRUE(terms.count("posyandu")) << "title words as written, for the exact-form boost";
  EXPECT_EQ(doc.get_value(kSlotProvince), "Jawa Timur");
  EXPECT_EQ(doc.get_value(kSlotYearText), "2021");
  EXPECT_EQ(Xapian::sortable_unserialise(doc.get_value(kSlotYear)), 2021.0);
  auto data = nlohmann::json::parse(doc.get_data());
  EXPECT_EQ(data["id"], "r1");
  EXPECT_EQ(data["title"], "Posyandu Keliling");
}

TEST_F(IndexWriterTest, UpsertReplacesByIdAndRemoveDeletes) {
  EXPECT_FALSE(writer_->upsert(make("r1", "Posyandu Keliling", "Bali", 2020)));
  EXPECT_TRUE(writer_->upsert(make("r1", "Posyandu Terapung", "Bali", 2020)));
  EXPECT_EQ(writer_->db().get_doccount(), 1u);
  EXPECT_EQ(search("terapung"), std::vector<std::string>{"r1"});
  EXPECT_TRUE(search("keliling").empty());
  EXPECT_TRUE(writer_->remove("r1"));
  EXPECT_FALSE(writer_->remove("r1"));
  EXPECT_EQ(writer_->db().get_doccount(), 0u);
}

TEST_F(IndexWriterTest, AcronymAndExpansionFindEachOther) {
  writer_->upsert(make("spelled", "Layanan Pusat Kesehatan Masyarakat Keliling", "Bali", 2020));
  writer_->upsert(make("acronym", "Puskesmas Ramah Anak", "Bali", 2021));
  writer_->upsert(make("other", "Pasar Ikan Higienis", "Bali", 2021));
  const std::vector<std::string> both{"acronym", "spelled"};
  EXPECT_EQ(search("puskesmas"), both);
  EXPECT_EQ(search("pusat kesehatan masyarakat"), both);
  EXPECT_EQ(search("PUSKESMAS"), both);
}

TEST_F(IndexWriterTest, SpellingVariantsShareATerm) {
  writer_->upsert(make("ijin", "Pelayanan Perijinan Terpadu", "Bali", 2020));
  writer_->upsert(make("izin", "Izin Usaha Mikro", "Bali", 2021));
  EXPECT_EQ(search("perizinan"), (std::vector<std::string>{"ijin", "izin"}));
  EXPECT_EQ(search("ijin"), (std::vector<std::string>{"ijin", "izin"}));
}

TEST_F(IndexWriterTest, PhrasesFieldsAndOperators) {
  writer_->upsert(make("a", "Kartu Identitas Anak di Sekolah", "Bali", 2020,
                       "Layanan untuk anak sekolah dasar"));
  writer_->upsert(make("b", "Sekolah Ramah Anak", "Bali", 2021, "Kartu pelajar dan identitas"));
  EXPECT_EQ(search("\"identitas anak\""), std::vector<std::string>{"a"});
  EXPECT_EQ(search("title:ramah"), std::vector<std::string>{"b"});
  EXPECT_EQ(search("sekolah -ramah", searchd::MatchMode::kAny), std::vector<std::string>{"a"});
  EXPECT_EQ(search("identitas AND ramah"), std::vector<std::string>{"b"});
}


TEST_F(IndexWriterTest, BodyPhrasesDoNotMatchButBodyWordsDo) {
  // The body is indexed without positions: its words match, its phrases
  // only where the title or summary hold them.
  writer_->upsert(make("a", "Pasar Ikan", "Bali", 2020, "kartu identitas anak untuk sekolah"));
  EXPECT_EQ(search("identitas anak"), std::vector<std::string>{"a"});
  EXPECT_EQ(search("\"identitas anak\""), std::vector<std::string>{});
  EXPECT_EQ(search("\"pasar ikan\""), std::vector<std::string>{"a"});
}

std::map<std::string, Xapian::termcount> terms_of(const Xapian::Document& doc) {
  std::map<std::string, Xapian::termcount> out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) out[*t] = t.get_wdf();
  return out;
}

// add_unpositioned_stems() must give exactly the terms and wdfs Xapian's
// TermGenerator gives the same words: every sample description, its
// synonym additions, and words Xapian's tokenizer splits itself.
TEST(AddUnpositionedStemsTest, EqualsTermGeneratorOnTheSample) {
  auto analyzer = testing::shared_analyzer();
  ASSERT_TRUE(analyzer);
  std::vector<std::string> texts = {"kupu-kupu 1.000 COVID-19 e-KTP 19.30 wib", "", "  a  b  a "};
  std::ifstream in(testing::data_dir() + "/sample/innovations.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    texts.push_back(nlohmann::json::parse(line).value("description", std::string()));
  }
  ASSERT_GT(texts.size(), 300u);
  Xapian::Stem stem = analyzer->make_stem();
  size_t nonempty = 0;
  for (const std::string& text : texts) {
    const std::string words = analyzer->index_text(text);
    for (const std::string& part : {words, analyzer->synonym_additions(words)}) {
      Xapian::Document direct, reference;
      Xapian::TermGenerator fallback, gen;
      for (auto* g : {&fallback, &gen}) {
        g->set_stemmer(stem);
        g->set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
      }
      fallback.set_document(direct);
      gen.set_document(reference);
      add_unpositioned_stems(direct, part, 2, stem, fallback);
      gen.index_text_without_positions(part, 2);
      ASSERT_EQ(terms_of(direct), terms_of(reference)) << part;
      if (direct.termlist_count() > 0) ++nonempty;
    }
  }
  EXPECT_GT(nonempty, 300u);
}

}  // namespace
}  // namespace jipp::indexer
