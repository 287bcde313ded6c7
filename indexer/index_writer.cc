#include "index_writer.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "jipp/fields.h"
#include "jipp/text_util.h"

namespace jipp::indexer {

IndexWriter::IndexWriter(Xapian::WritableDatabase db,
                         std::shared_ptr<const Analyzer> analyzer)
    : db_(std::move(db)), analyzer_(std::move(analyzer)) {
  // Positions go on the stemmed terms (Z prefix), so phrases match on
  // stems; the words as written are indexed without positions, for the
  // query side's exact-form boost, in the fields where that pays. Indexing
  // every word twice with positions (Xapian's STEM_SOME) cost a third of
  // the indexing time (see the description below).
  stem_ = analyzer_->make_stem();
  termgen_.set_stemmer(stem_);
  termgen_.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  // Stop words are indexed (phrases must match them); the query parser
  // drops them for ranking.
  termgen_.set_database(db_);
  exact_gen_.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
}

void add_unpositioned_stems(Xapian::Document& doc, const std::string& words,
                            Xapian::termcount wdf, Xapian::Stem& stem,
                            Xapian::TermGenerator& fallback) {
  // Occurrences per distinct word; a description has a few hundred words
  // and about half as many distinct ones.
  std::unordered_map<std::string_view, Xapian::termcount> counts;
  std::string other;  // words Xapian's tokenizer must split itself
  size_t i = 0;
  while (i < words.size()) {
    size_t j = words.find(' ', i);
    if (j == std::string::npos) j = words.size();
    const std::string_view w(words.data() + i, j - i);
    if (is_plain_word(w)) {
      ++counts[w];
    } else if (!w.empty()) {
      other.append(w).push_back(' ');
    }
    i = j + 1;
  }
  std::string term;
  for (const auto& [w, n] : counts) {
    const std::string s = stem(std::string(w));
    if (s.empty()) continue;  // as TermGenerator: no term for an empty stem
    term.assign(kPrefixStem).append(s);
    doc.add_term(term, wdf * n);
  }
  if (!other.empty()) fallback.index_text_without_positions(other, wdf);
}

Xapian::Document IndexWriter::make_document(const Record& r) {
  Xapian::Document doc;
  termgen_.set_document(doc);
  exact_gen_.set_document(doc);
  const Analyzer& a = *analyzer_;

  // Spelling data comes from the short fields only: they carry the
  // vocabulary users type, and the body would bloat the table.
  termgen_.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  // Indexes `words` (analyzer output) with weight `wdf`, its synonym
  // additions after a gap (so they join no phrase), and an unpositioned copy
  // under `prefix` for field searches.
  auto index_field = [&](const std::string& words, Xapian::termcount wdf, const char* prefix,
                         bool exact) {
    termgen_.index_text(words, wdf);
    if (exact) exact_gen_.index_text_without_positions(words, wdf);
    const std::string extra = a.synonym_additions(words);
    termgen_.increase_termpos();
    if (!extra.empty()) {
      termgen_.index_text(extra, wdf);
      termgen_.increase_termpos();
    }
    if (prefix) {
      termgen_.index_text_without_positions(words, 1, prefix);
      if (!extra.empty()) termgen_.index_text_without_positions(extra, 1, prefix);
    }
  };
  index_field(a.index_text(r.title), kTitleWeight, kPrefixTitle, true);
  if (!r.summary.empty()) {
    index_field(a.index_text(r.summary), kSummaryWeight, kPrefixSummary, true);
  }
  index_field(a.index_text(r.agency), kBodyWeight, kPrefixAgencyText, true);
  termgen_.set_flags(0);

  // "dukcapil sleman" means the agency and the place: region, province,
  // category and tags are searchable text as well as facets.
  if (!r.region.empty()) {
    index_field(a.index_text(r.region), kBodyWeight, kPrefixRegionText, true);
  }
  index_field(a.index_text(r.province), kBodyWeight, nullptr, true);
  if (!r.category.empty()) index_field(a.index_text(r.category), kBodyWeight, nullptr, true);
  for (const auto& tag : r.tags) index_field(a.index_text(tag), kBodyWeight, kPrefixTagText, true);
  if (!r.description.empty()) {
    // The body is indexed by stem only and without positions, so phrases
    // ("...") match in the title, summary and the short fields but not in
    // the body. Ranking (BM25) never reads positions; the body's positions
    // were 39% of the index and a fifth of the indexing time on 20,000
    // generated records. Its words as written are left out too: that made
    // indexing 1.4x faster and the index 23% smaller on 10,000 records,
    // for data/eval nDCG@10 0.882 either way (TyDi MRR@10 0.786 vs 0.789).
    const std::string words = a.index_text(r.description);
    add_unpositioned_stems(doc, words, kBodyWeight, stem_, termgen_);
    const std::string extra = a.synonym_additions(words);
    if (!extra.empty()) add_unpositioned_stems(doc, extra, kBodyWeight, stem_, termgen_);
  }

  doc.add_boolean_term(id_term(r.id));
  for (const FacetField& f : kFacetFields) {
    const std::string v = facet_value(r, f.name);
    if (v.empty()) continue;
    doc.add_boolean_term(filter_term(f, v));
    doc.add_value(f.slot, v);
  }
  doc.add_value(kSlotYear, Xapian::sortable_serialise(r.year));
  doc.add_value(kSlotHit, hit_fields(r).dump());
  doc.set_data(record_to_json(r).dump());
  return doc;
}

void IndexWriter::add(const Record& r) { db_.add_document(make_document(r)); }

bool IndexWriter::upsert(const Record& r) {
  const std::string idt = id_term(r.id);
  const bool existed = db_.term_exists(idt);
  db_.replace_document(idt, make_document(r));
  return existed;
}

bool IndexWriter::remove(const std::string& id) {
  const std::string idt = id_term(id);
  if (!db_.term_exists(idt)) return false;
  db_.delete_document(idt);
  return true;
}

}  // namespace jipp::indexer
