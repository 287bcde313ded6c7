// RecordReader: streams a JSONL corpus in the project's record schema one
// record at a time, keeping only the fields the peer engines load (the four
// text fields searchd ranks on and the filter/facet fields), so a 1M-record
// corpus (3.3 GB) never sits in memory.
// Thread-safety: one reader per thread.
// Not a validator: the indexer applies the schema; a line that is not a
// JSON object with a string "id" is counted as skipped here.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>

#include "jipp/status.h"

namespace jipp::bench::speed {

struct PeerRecord {
  std::string id, title, summary, description, agency, region, province, source, category,
      status;
  int year = 0;  // 0 when absent
};

class RecordReader {
 public:
  // invalid_argument when `path` cannot be opened.
  static Result<RecordReader> open(const std::string& path);

  // The next usable record into `out`; false at the end of the file.
  bool next(PeerRecord* out);

  uint64_t lines() const { return lines_; }
  uint64_t skipped() const { return skipped_; }
  uint64_t bytes_read() const { return bytes_; }

 private:
  explicit RecordReader(std::ifstream in) : in_(std::move(in)) {}
  std::ifstream in_;
  std::string line_;
  uint64_t lines_ = 0, skipped_ = 0, bytes_ = 0;
};

}  // namespace jipp::bench::speed
