#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "commands.h"
#include "jipp/fields.h"
#include "jipp/index_layout.h"
#include "session.h"
#include "parallel_writer.h"
#include "sharded_writer.h"

namespace jipp::indexer {

namespace fs = std::filesystem;

namespace {

std::string now_iso8601() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

}  // namespace

int run_build(const BuildOptions& o, std::ostream& out, std::ostream& err) {
  if (o.inputs.empty() || o.index_dir.empty()) {
    err << "indexer build: --input FILE and --index DIR are required\n";
    return kExitUsage;
  }
  if (o.shards < 1 || o.shards > 64) {
    err << "indexer build: --shards must be 1-64\n";
    return kExitUsage;
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
  Session session;
  if (!session.open(o.common, o.inputs,
                    o.rejects_path.empty() ? o.index_dir + ".rejects.jsonl" : o.rejects_path,
                    err)) {
    return kExitUsage;
  }

  layout::prune(o.index_dir);  // leftovers of a build that was killed
  const std::vector<int> versions = layout::list_versions(o.index_dir);
  const int version = versions.empty() ? 1 : versions.back() + 1;
  const fs::path final_dir = fs::path(o.index_dir) / layout::version_name(version);
  const fs::path tmp_dir = final_dir.string() + ".tmp";

  std::vector<std::string> paths;
  if (o.shards == 1) {
    paths.push_back(tmp_dir.string());
  } else {
    fs::create_directories(tmp_dir, ec);
    for (unsigned i = 0; i < o.shards; ++i) {
      paths.push_back((tmp_dir / layout::shard_name(i)).string());
    }
    if (Status s = layout::write_shard_stub(tmp_dir.string(), o.shards); !s.is_ok()) {
      err << "indexer: " << s.message() << "\n";
      return kExitFailed;
    }
  }

  // One writer thread per core: with one shard, each thread writes a part
  // and Xapian's compactor merges the parts into the version's database;
  // with N shards, one thread per shard.
  const unsigned jobs = o.shards > 1 ? o.shards : std::max(1u, o.jobs);
  const bool compact_parts = o.shards == 1 && jobs > 1;
  const fs::path parts_dir = final_dir.string() + ".parts.tmp";
  std::vector<std::string> write_paths = paths;
  if (compact_parts) {
    write_paths.clear();
    fs::create_directories(parts_dir, ec);
    for (unsigned i = 0; i < jobs; ++i) {
      write_paths.push_back((parts_dir / ("part-" + std::to_string(i))).string());
    }
  }
  auto describe = [&](Xapian::WritableDatabase& db) {
    db.set_metadata(kMetaBuiltAt, now_iso8601());
    db.set_metadata(kMetaSchemaVersion, std::to_string(kSchemaVersion));
    db.set_metadata(kMetaAnalyzerFingerprint, session.analyzer->fingerprint());
    for (const auto& [key, value] : session.analyzer->xapian_synonyms()) {
      db.add_synonym(key, value);
    }
  };

  Ingest ingest(*session.facets, err, session.rejects);
  try {
    // A new version is invisible until published, so it needs no
    // transactions: a killed build leaves only .tmp directories behind.
    if (jobs > 1) {
      ParallelWriter writer(write_paths, session.analyzer, compact_parts);
      session.ingest_all(ingest, writer, o.progress, err);
      writer.finish();
      if (o.strict && ingest.counts().rejected > 0) {
        writer.close([](Xapian::WritableDatabase&) {});
        fs::remove_all(tmp_dir, ec);
        fs::remove_all(parts_dir, ec);
        session.print_summary(ingest.counts(), out);
        err << "indexer: --strict: " << ingest.counts().rejected
            << " record(s) rejected; the live index was left unchanged\n";
        return kExitRejected;
      }
      if (compact_parts) {
        writer.close([](Xapian::WritableDatabase&) {});
        Xapian::Database parts;
        for (const auto& p : write_paths) parts.add_database(Xapian::Database(p));
        parts.compact(tmp_dir.string());
        fs::remove_all(parts_dir, ec);
        Xapian::WritableDatabase db(tmp_dir.string(), Xapian::DB_OPEN);
        describe(db);
        db.commit();
        db.close();
      } else {
        writer.close(describe);
      }
    } else {
      // Committing every --batch-size records (default 1,000) keeps
      // Xapian's in-memory postings small; see kCommitEvery.
      ShardedWriter writer(paths, true, session.analyzer, o.batch_size, false);
      session.ingest_all(ingest, writer, o.progress, err);
      if (o.strict && ingest.counts().rejected > 0) {
        writer.close();
        fs::remove_all(tmp_dir, ec);
        session.print_summary(ingest.counts(), out);
        err << "indexer: --strict: " << ingest.counts().rejected
            << " record(s) rejected; the live index was left unchanged\n";
        return kExitRejected;
      }
      writer.set_metadata(kMetaBuiltAt, now_iso8601());
      writer.set_metadata(kMetaSchemaVersion, std::to_string(kSchemaVersion));
      writer.set_metadata(kMetaAnalyzerFingerprint, session.analyzer->fingerprint());
      for (const auto& [key, value] : session.analyzer->xapian_synonyms()) {
        writer.add_synonym(key, value);
      }
      writer.commit();
      writer.close();
    }
  } catch (const Xapian::Error& e) {
    err << "indexer: cannot write index " << tmp_dir.string() << ": " << e.get_description()
        << "\n";
    fs::remove_all(tmp_dir, ec);
    fs::remove_all(parts_dir, ec);
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

  session.print_summary(ingest.counts(), out);
  char buf[200];
  std::snprintf(buf, sizeof buf, "indexer: published version %d (%u shard%s, %.1f MB) in %s\n",
                version, o.shards, o.shards == 1 ? "" : "s", disk_size(final_dir.string()) / 1e6,
                o.index_dir.c_str());
  out << buf;
  return ingest.counts().rejected > 0 ? kExitRejected : kExitOk;
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
