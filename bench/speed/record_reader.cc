#include "speed/record_reader.h"

#include <nlohmann/json.hpp>

namespace jipp::bench::speed {

namespace {

std::string text(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

}  // namespace

Result<RecordReader> RecordReader::open(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorKind::kInvalidArgument, "cannot read corpus " + path);
  return RecordReader(std::move(in));
}

bool RecordReader::next(PeerRecord* out) {
  while (std::getline(in_, line_)) {
    ++lines_;
    bytes_ += line_.size() + 1;
    if (line_.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line_, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string()) {
      ++skipped_;
      continue;
    }
    out->id = j["id"].get<std::string>();
    out->title = text(j, "title");
    out->summary = text(j, "summary");
    out->description = text(j, "description");
    out->agency = text(j, "agency");
    out->region = text(j, "region");
    out->province = text(j, "province");
    out->source = text(j, "source");
    out->category = text(j, "category");
    out->status = text(j, "status");
    out->year = 0;
    if (auto it = j.find("year"); it != j.end() && it->is_number_integer()) {
      out->year = it->get<int>();
    }
    return true;
  }
  return false;
}

}  // namespace jipp::bench::speed
