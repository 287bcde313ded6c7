#include "jsonl_reader.h"

#include <fstream>
#include <iostream>

#include "jipp/text_util.h"

namespace jipp::indexer {

Result<std::unique_ptr<JsonlReader>> JsonlReader::open(const std::string& path) {
  std::unique_ptr<JsonlReader> r(new JsonlReader());
  if (path == "-") {
    r->name_ = "<stdin>";
    r->in_ = &std::cin;
  } else {
    auto f = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*f) return Status(ErrorKind::kNotFound, "cannot open input file " + path);
    r->name_ = path;
    r->owned_ = std::move(f);
    r->in_ = r->owned_.get();
  }
  return r;
}

bool JsonlReader::next(JsonlLine* line) {
  std::string raw;
  if (!std::getline(*in_, raw)) return false;
  ++number_;
  line->number = number_;
  line->value = nullptr;
  line->status = Status::ok();
  if (!raw.empty() && raw.back() == '\r') raw.pop_back();  // CRLF files
  if (number_ == 1 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);  // BOM
  line->raw = std::move(raw);
  const std::string& s = line->raw;

  if (s.find_first_not_of(" \t") == std::string::npos) {
    line->status = Status::invalid("empty line", "");
    return true;
  }
  if (!is_valid_utf8(s)) {
    size_t pos = 0;
    while (pos < s.size() && is_valid_utf8(std::string_view(s).substr(0, pos + 1))) ++pos;
    line->status = Status::invalid(
        "invalid UTF-8 near byte " + std::to_string(pos + 1) + " of the line", "");
    return true;
  }
  try {
    line->value = nlohmann::json::parse(s);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based; nlohmann's message repeats the line, keep it short.
    line->status = Status::invalid(
        "malformed JSON at byte " + std::to_string(e.byte) + ": " +
            std::string(e.what()).substr(std::string(e.what()).find(':') + 2), "");
    line->value = nullptr;
    return true;
  }
  if (!line->value.is_object()) {
    line->status = Status::invalid("expected a JSON object", "");
  }
  return true;
}

}  // namespace jipp::indexer
