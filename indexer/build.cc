#include "build.h"

#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <unordered_map>

#include "index_writer.h"
#include "jipp/analyzer.h"
#include "jipp/fields.h"
#include "jipp/index_layout.h"
#include "jipp/facet_normalizer.h"
#include "jipp/schema.h"
#include "jipp/text_util.h"
#include "jsonl_reader.h"

namespace jipp::indexer {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Holds DIR/.lock with flock(2) for the life of the object: two indexers
// never build into one index at once. The kernel drops the lock if the
// process dies, so a killed indexer leaves nothing to clean up by hand.
class IndexLock {
 public:
  explicit IndexLock(const std::string& dir) {
    fd_ = ::open((fs::path(dir) / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    locked_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
  }
  ~IndexLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool locked() const { return locked_; }

 private:
  int fd_ = -1;
  bool locked_ = false;
};

uint64_t dir_size(const fs::path& p) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(p, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return total;
}

std::string location(const std::string& file, size_t line) {
  return file + ":" + std::to_string(line);
}

}  // namespace

int run_build(const BuildOptions& o, std::ostream& out, std::ostream& err) {
  if (o.inputs.empty() || o.index_dir.empty()) {
    err << "indexer build: --input FILE and --index DIR are required\n";
    return kExitUsage;
  }
  auto analyzer = Analyzer::load({o.common.data_dir, o.common.hunspell_dic});
  if (!analyzer.is_ok()) {
    err << "indexer: " << analyzer.status().message() << "\n";
    return kExitUsage;
  }
  auto facets = FacetNormalizer::load(o.common.data_dir);
  if (!facets.is_ok()) {
    err << "indexer: " << facets.status().message() << "\n";
    return kExitUsage;
  }
  std::vector<std::unique_ptr<JsonlReader>> readers;
  for (const auto& path : o.inputs) {
    auto r = JsonlReader::open(path);
    if (!r.is_ok()) {
      err << "indexer: " << r.status().message() << "\n";
      return kExitUsage;
    }
    readers.push_back(std::move(*r));
  }

  std::error_code ec;
  fs::create_directories(o.index_dir, ec);
  if (ec) {
    err << "indexer: cannot create index directory " << o.index_dir << ": " << ec.message()
        << "\n";
    return kExitUsage;
  }
  IndexLock lock(o.index_dir);
  if (!lock.locked()) {
    err << "indexer: index " << o.index_dir << " is locked by another indexer\n";
    return kExitUsage;
  }
  layout::prune(o.index_dir);  // leftovers of a build that was killed
  std::vector<int> versions = layout::list_versions(o.index_dir);
  const int version = versions.empty() ? 1 : versions.back() + 1;
  const fs::path final_dir = fs::path(o.index_dir) / layout::version_name(version);
  const fs::path tmp_dir = final_dir.string() + ".tmp";

  const std::string rejects_path =
      o.rejects_path.empty() ? o.index_dir + ".rejects.jsonl" : o.rejects_path;
  std::ofstream rejects(rejects_path, std::ios::trunc);
  if (!rejects) {
    err << "indexer: cannot write rejects file " << rejects_path << "\n";
    return kExitUsage;
  }

  size_t read = 0, indexed = 0, rejected = 0, warnings = 0;
  uint64_t bytes = 0;
  const auto start = Clock::now();
  try {
    IndexWriter writer(Xapian::WritableDatabase(tmp_dir.string(), Xapian::DB_CREATE_OR_OVERWRITE |
                                                                      Xapian::DB_BACKEND_GLASS),
                       *analyzer);
    std::unordered_map<std::string, std::string> seen;  // id -> where first seen
    auto reject = [&](const std::string& file, const JsonlLine& line, const Status& s) {
      ++rejected;
      const std::string where = location(file, line.number);
      err << where << ": error: ";
      if (!s.field().empty()) err << "field '" << s.field() << "': ";
      err << s.message() << "\n";
      nlohmann::json rec = {{"location", where},
                            {"field", s.field()},
                            {"error", s.message()},
                            {"raw", sanitize_utf8(line.raw)}};
      rejects << rec.dump() << "\n";
    };

    JsonlLine line;
    for (auto& reader : readers) {
      while (reader->next(&line)) {
        ++read;
        bytes += line.raw.size() + 1;
        if (!line.status.is_ok()) {
          reject(reader->name(), line, line.status);
          continue;
        }
        auto v = validate_record(line.value, (*facets)->regions(), &(*facets)->agencies());
        if (!v.is_ok()) {
          reject(reader->name(), line, v.status());
          continue;
        }
        const std::string where = location(reader->name(), line.number);
        for (const Status& w : v->warnings) {
          ++warnings;
          err << where << ": warning: field '" << w.field() << "' " << w.message() << "\n";
        }
        const Record& rec = v->record;
        auto [it, inserted] = seen.emplace(rec.id, where);
        if (!inserted) {
          ++warnings;
          err << where << ": warning: duplicate id \"" << rec.id << "\" (first at " << it->second
              << "); this later record replaces it\n";
          it->second = where;
        } else {
          ++indexed;
        }
        writer.upsert(rec);
        if (read % o.batch_size == 0) writer.db().commit();
      }
    }
    if (o.strict && rejected > 0) {
      writer.db().close();
      fs::remove_all(tmp_dir, ec);
      err << "indexer: --strict: " << rejected
          << " record(s) rejected; the live index was left unchanged\n";
      return kExitRejected;
    }
    Xapian::WritableDatabase& db = writer.db();
    db.set_metadata(kMetaBuiltAt, std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                                     std::chrono::system_clock::now().time_since_epoch())
                                                     .count()));
    db.set_metadata(kMetaSchemaVersion, std::to_string(kSchemaVersion));
    db.set_metadata(kMetaAnalyzerFingerprint, (*analyzer)->fingerprint());
    for (const auto& [key, value] : (*analyzer)->xapian_synonyms()) db.add_synonym(key, value);
    db.commit();
    db.close();
  } catch (const Xapian::Error& e) {
    err << "indexer: cannot write index " << tmp_dir.string() << ": " << e.get_description()
        << "\n";
    fs::remove_all(tmp_dir, ec);
    return kExitFailed;
  }

  fs::rename(tmp_dir, final_dir, ec);
  if (ec) {
    err << "indexer: cannot move " << tmp_dir.string() << " into place: " << ec.message() << "\n";
    return kExitFailed;
  }
  if (Status s = layout::publish(o.index_dir, version); !s.is_ok()) {
    err << "indexer: " << s.message() << "\n";
    return kExitFailed;
  }
  layout::prune(o.index_dir);

  const double secs = std::chrono::duration<double>(Clock::now() - start).count();
  const size_t docs = indexed;
  out << "indexer: " << docs << " of " << read << " records indexed, " << rejected
      << " rejected, " << warnings << " warning(s)\n";
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "indexer: %.2f s, %.0f records/s, %.2f MB/s, index %s is %.1f MB (version %d)\n",
                secs, secs > 0 ? read / secs : 0.0, secs > 0 ? bytes / 1e6 / secs : 0.0,
                o.index_dir.c_str(), dir_size(final_dir) / 1e6, version);
  out << buf;
  if (rejected > 0) out << "indexer: rejected records written to " << rejects_path << "\n";
  return rejected > 0 ? kExitRejected : kExitOk;
}

int run_analyze(const AnalyzeOptions& o, std::ostream& out, std::ostream& err) {
  auto analyzer = Analyzer::load({o.common.data_dir, o.common.hunspell_dic});
  if (!analyzer.is_ok()) {
    err << "indexer: " << analyzer.status().message() << "\n";
    return kExitUsage;
  }
  std::string text = o.text;
  if (text.empty()) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  auto tokens = (*analyzer)->analyze(text);
  if (o.json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& t : tokens) {
      arr.push_back({{"token", t.token},
                     {"normalized", t.normalized},
                     {"stem", t.stem},
                     {"stopword", t.stopword},
                     {"synonyms", t.synonyms}});
    }
    out << arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  for (const auto& t : tokens) {
    out << t.token << "\t" << t.normalized << "\t" << t.stem;
    if (t.stopword) out << "\t(stop word)";
    if (!t.synonyms.empty()) {
      out << "\tsynonyms:";
      for (const auto& s : t.synonyms) out << " " << s;
    }
    out << "\n";
  }
  return kExitOk;
}

}  // namespace jipp::indexer
