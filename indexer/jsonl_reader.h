// JsonlReader: reads JSONL record by record, so memory stays bounded
// whatever the file size. Owns line numbering and the byte-level checks
// (BOM, CRLF, invalid UTF-8, empty lines, malformed JSON) that come before
// any schema rule.
// Thread-safety: one reader per thread.
// Not for schema rules: see jipp/schema.h.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdio>
#include <istream>
#include <memory>
#include <string>

#include "jipp/status.h"

namespace jipp::indexer {

struct JsonlLine {
  size_t number = 0;        // 1-based line number
  std::string raw;          // the line as read, without its line end
  nlohmann::json value;     // valid when status is ok
  Status status;            // why the line is not a JSON object, if it is not
};

class JsonlReader {
 public:
  // Reads `path`, or standard input when path is "-".
  static Result<std::unique_ptr<JsonlReader>> open(const std::string& path);

  // The next line, or false at end of input.
  bool next(JsonlLine* line);

  const std::string& name() const { return name_; }

 private:
  JsonlReader() = default;
  std::string name_;
  std::unique_ptr<std::istream> owned_;
  std::istream* in_ = nullptr;
  size_t number_ = 0;
};

}  // namespace jipp::indexer
