// IndexWriter: turns validated records into Xapian documents and writes
// them. Owns the document layout (which text goes under which prefix and
// weight, which values and filter terms a record gets), using the prefix and
// slot table in jipp/fields.h and the shared Analyzer.
// Thread-safety: one writer per thread (Xapian objects do no locking).
// Not for parsing or validating input.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>

#include "jipp/analyzer.h"
#include "jipp/schema.h"

namespace jipp::indexer {

// Relative weights (wdf increments) of the text fields: a word in the title
// counts more than one in the summary, which counts more than the body.
inline constexpr Xapian::termcount kTitleWeight = 3;
inline constexpr Xapian::termcount kSummaryWeight = 2;
inline constexpr Xapian::termcount kBodyWeight = 1;

// Adds the stemmed terms of `words` (Analyzer::index_text output) to `doc`
// without positions, each with wdf `wdf` per occurrence: what
// TermGenerator::index_text_without_positions does with STEM_ALL_Z, but
// one Document::add_term per distinct word instead of a tokenizer pass and
// an add_term per occurrence. Words other than [a-z0-9]+ go through
// `fallback` (STEM_ALL_Z with `stem`, its document set to `doc`), whose
// rules for them are the reference.
void add_unpositioned_stems(Xapian::Document& doc, const std::string& words,
                            Xapian::termcount wdf, Xapian::Stem& stem,
                            Xapian::TermGenerator& fallback);

class IndexWriter {
 public:
  IndexWriter(Xapian::WritableDatabase db, std::shared_ptr<const Analyzer> analyzer);

  // Adds `record`, replacing any document with the same id. Returns true
  // when a document with that id was already in the database.
  bool upsert(const Record& record);

  // Adds `record` as a new document: the caller knows its id is not in the
  // database (a fresh build), so no id lookup is needed.
  void add(const Record& record);

  // Removes the record with `id`; returns false when there was none.
  bool remove(const std::string& id);

  Xapian::Document make_document(const Record& record);

  Xapian::WritableDatabase& db() { return db_; }

 private:
  Xapian::WritableDatabase db_;
  std::shared_ptr<const Analyzer> analyzer_;
  Xapian::TermGenerator termgen_;    // stemmed terms with positions
  Xapian::TermGenerator exact_gen_;  // words as written, no positions
  Xapian::Stem stem_;                // termgen_'s stemmer (per-thread cache)
};

}  // namespace jipp::indexer
