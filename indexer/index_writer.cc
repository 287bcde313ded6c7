#include "index_writer.h"

#include "jipp/fields.h"

namespace jipp::indexer {

IndexWriter::IndexWriter(Xapian::WritableDatabase db,
                         std::shared_ptr<const Analyzer> analyzer)
    : db_(std::move(db)), analyzer_(std::move(analyzer)) {
  termgen_.set_stemmer(analyzer_->make_stem());
  termgen_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  // Stop words are indexed (phrases must match them); the query parser
  // drops them for ranking.
  termgen_.set_database(db_);
}

Xapian::Document IndexWriter::make_document(const Record& r) {
  Xapian::Document doc;
  termgen_.set_document(doc);
  const Analyzer& a = *analyzer_;

  // Spelling data comes from the short fields only: they carry the
  // vocabulary users type, and the body would bloat the table.
  termgen_.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  const std::string title = a.index_text(r.title);
  termgen_.index_text(title, kTitleWeight);
  termgen_.index_text_without_positions(title, 1, kPrefixTitle);
  termgen_.increase_termpos();
  if (!r.summary.empty()) {
    const std::string summary = a.index_text(r.summary);
    termgen_.index_text(summary, kSummaryWeight);
    termgen_.index_text_without_positions(summary, 1, kPrefixSummary);
    termgen_.increase_termpos();
  }
  const std::string agency = a.index_text(r.agency);
  termgen_.index_text(agency, kBodyWeight);
  termgen_.index_text_without_positions(agency, 1, kPrefixAgencyText);
  termgen_.increase_termpos();
  termgen_.set_flags(0);

  // "dukcapil sleman" means the agency and the place: region, province,
  // category and tags are searchable text as well as facets.
  for (const std::string* s : {&r.region, &r.province, &r.category}) {
    if (s->empty()) continue;
    termgen_.index_text(a.index_text(*s), kBodyWeight);
    termgen_.increase_termpos();
  }
  if (!r.region.empty()) {
    termgen_.index_text_without_positions(a.index_text(r.region), 1, kPrefixRegionText);
  }
  for (const auto& tag : r.tags) {
    const std::string t = a.index_text(tag);
    termgen_.index_text(t, kBodyWeight);
    termgen_.index_text_without_positions(t, 1, kPrefixTagText);
    termgen_.increase_termpos();
  }
  if (!r.description.empty()) {
    termgen_.index_text(a.index_text(r.description), kBodyWeight);
  }

  doc.add_boolean_term(id_term(r.id));
  for (const FacetField& f : kFacetFields) {
    const std::string v = facet_value(r, f.name);
    if (v.empty()) continue;
    doc.add_boolean_term(filter_term(f, v));
    doc.add_value(f.slot, v);
  }
  doc.add_value(kSlotYear, Xapian::sortable_serialise(r.year));
  doc.set_data(record_to_json(r).dump());
  return doc;
}

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
