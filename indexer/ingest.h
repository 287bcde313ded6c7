// Ingest: the loop every writing command shares. Reads JSONL line by line,
// validates each record, reports each rejection as one line
// ("file:line: error: field 'year': ...") and writes the rejected line with
// its reason to the rejects file, warns about duplicate ids, and hands good
// records and deletion markers ({"id": "...", "deleted": true}) to a Sink.
// Every input line ends up counted as indexed, deleted or rejected.
// Thread-safety: one thread.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <unordered_map>

#include "jipp/facet_normalizer.h"
#include "jipp/schema.h"
#include "jsonl_reader.h"
#include "progress.h"

namespace jipp::indexer {

struct IngestCounts {
  uint64_t lines = 0;       // input lines read
  uint64_t indexed = 0;     // records written (a repeated id replaces the earlier one)
  uint64_t duplicates = 0;  // of the indexed, ids already seen in this run
  uint64_t deleted = 0;     // deletion markers
  uint64_t rejected = 0;
  uint64_t warnings = 0;
  uint64_t bytes = 0;
  // lines == indexed + deleted + rejected, always.
};

class Sink {
 public:
  virtual ~Sink() = default;
  // `seen_before`: the id already came earlier in this run. A fresh build
  // can then skip looking the id up in the index.
  virtual void upsert(const Record& record, bool seen_before) = 0;
  // False when no record had that id. `seen_before`: this run wrote a
  // record with that id (all a fresh build needs to know).
  virtual bool remove(const std::string& id, bool seen_before) = 0;
  // After each line: lets the sink commit in batches.
  virtual void after_line(uint64_t lines) = 0;
};

class Ingest {
 public:
  Ingest(const FacetNormalizer& facets, std::ostream& err, std::ostream& rejects)
      : facets_(facets), err_(err), rejects_(rejects) {}

  // Feeds every line of `reader` to `sink`. Xapian errors propagate.
  void run(JsonlReader& reader, Sink& sink, Progress* progress);

  const IngestCounts& counts() const { return counts_; }

 private:
  void reject(const std::string& where, const JsonlLine& line, const Status& status);
  void warn(const std::string& where, const std::string& message);

  const FacetNormalizer& facets_;
  std::ostream& err_;
  std::ostream& rejects_;
  IngestCounts counts_;
  std::unordered_map<std::string, std::string> seen_;  // id -> where it was last written
};

}  // namespace jipp::indexer
