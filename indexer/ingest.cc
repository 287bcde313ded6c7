#include "ingest.h"

#include "jipp/text_util.h"

namespace jipp::indexer {

namespace {

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > kMaxIdChars) return false;
  for (char c : id) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// A deletion marker: {"id": "...", "deleted": true} and nothing else.
// Returns ok with the id, or the reason the line is no valid marker.
Result<std::string> deletion_id(const nlohmann::json& doc) {
  const nlohmann::json& flag = doc["deleted"];
  if (!flag.is_boolean() || !flag.get<bool>()) {
    return Status::invalid("expected true (a deletion marker) or no such field, got " +
                               describe_value(flag),
                           "deleted");
  }
  for (const auto& [key, value] : doc.items()) {
    if (key != "id" && key != "deleted") {
      return Status::invalid("a deletion marker holds only \"id\" and \"deleted\"", key);
    }
  }
  auto id = doc.find("id");
  if (id == doc.end() || !id->is_string()) {
    return Status::invalid("required field is missing", "id");
  }
  if (!valid_id(id->get<std::string>())) {
    return Status::invalid("expected 1-64 characters of [A-Za-z0-9._:-], got " +
                               describe_value(*id),
                           "id");
  }
  return id->get<std::string>();
}

}  // namespace

void Ingest::reject(const std::string& where, const JsonlLine& line, const Status& s) {
  ++counts_.rejected;
  err_ << where << ": error: ";
  if (!s.field().empty()) err_ << "field '" << s.field() << "': ";
  err_ << s.message() << "\n";
  const nlohmann::json rec = {{"location", where},
                              {"field", s.field()},
                              {"error", s.message()},
                              {"raw", sanitize_utf8(line.raw)}};
  rejects_ << rec.dump() << "\n";
}

void Ingest::warn(const std::string& where, const std::string& message) {
  ++counts_.warnings;
  err_ << where << ": warning: " << message << "\n";
}

void Ingest::run(JsonlReader& reader, Sink& sink, Progress* progress) {
  JsonlLine line;
  while (reader.next(&line)) {
    ++counts_.lines;
    counts_.bytes += line.raw.size() + 1;
    const std::string where = reader.name() + ":" + std::to_string(line.number);
    if (!line.status.is_ok()) {
      reject(where, line, line.status);
    } else if (line.value.contains("deleted")) {
      auto id = deletion_id(line.value);
      if (!id.is_ok()) {
        reject(where, line, id.status());
      } else {
        ++counts_.deleted;
        const bool seen_before = seen_.erase(*id) > 0;
        if (!sink.remove(*id, seen_before)) {
          warn(where, "no record with id \"" + *id + "\" to delete");
        }
      }
    } else {
      auto v = validate_record(line.value, facets_.regions(), &facets_.agencies());
      if (!v.is_ok()) {
        reject(where, line, v.status());
      } else {
        for (const Status& w : v->warnings) {
          warn(where, "field '" + w.field() + "' " + w.message());
        }
        const Record& rec = v->record;
        auto [it, inserted] = seen_.emplace(rec.id, where);
        if (!inserted) {
          ++counts_.duplicates;
          warn(where, "duplicate id \"" + rec.id + "\" (also at " + it->second +
                          "); this later record replaces it");
          it->second = where;
        }
        ++counts_.indexed;
        sink.upsert(rec, !inserted);
      }
    }
    sink.after_line(counts_.lines);
    if (progress) progress->update(counts_.lines, counts_.bytes);
  }
}

}  // namespace jipp::indexer
