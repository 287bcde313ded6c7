#include <filesystem>
#include <iostream>

#include "commands.h"
#include "jipp/fields.h"
#include "jipp/index_layout.h"
#include "session.h"
#include "sharded_writer.h"

namespace jipp::indexer {

namespace fs = std::filesystem;

namespace {

// The live version's databases, or an error line.
bool live_shards(const std::string& index_dir, std::vector<std::string>* paths,
                 std::ostream& err) {
  std::error_code ec;
  if (!fs::is_directory(index_dir, ec)) {
    err << "indexer: no index at " << index_dir << "\n";
    return false;
  }
  *paths = layout::shard_paths(layout::live_version_dir(index_dir));
  return true;
}

void warn_if_analyzer_changed(const std::string& first_shard,
                              const Analyzer& analyzer, std::ostream& err) {
  try {
    Xapian::Database db(first_shard);
    const std::string built = db.get_metadata(kMetaAnalyzerFingerprint);
    if (!built.empty() && built != analyzer.fingerprint()) {
      err << "indexer: warning: the linguistic data (data/) changed since this index was "
             "built; updated records are analysed the new way, the rest the old way. "
             "Run 'indexer build' to make them agree.\n";
    }
  } catch (const Xapian::Error&) {
  }
}

}  // namespace

int run_update(const UpdateOptions& o, std::ostream& out, std::ostream& err) {
  if (o.inputs.empty() || o.index_dir.empty()) {
    err << "indexer update: --input FILE and --index DIR are required\n";
    return kExitUsage;
  }
  std::vector<std::string> paths;
  if (!live_shards(o.index_dir, &paths, err)) return kExitUsage;
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
  Ingest ingest(*session.facets, err, session.rejects);
  try {
    // Each batch is a transaction; --strict keeps everything in one, so a
    // rejection can throw all of it away.
    const uint64_t batch = o.strict ? UINT64_MAX : o.batch_size;
    ShardedWriter writer(paths, false, session.analyzer, batch, true);
    warn_if_analyzer_changed(paths.front(), *session.analyzer, err);
    session.ingest_all(ingest, writer, o.progress, err);
    if (o.strict && ingest.counts().rejected > 0) {
      writer.cancel();
      writer.close();
      session.print_summary(ingest.counts(), out);
      err << "indexer: --strict: " << ingest.counts().rejected
          << " record(s) rejected; the live index was left unchanged\n";
      return kExitRejected;
    }
    writer.commit();
    const Xapian::doccount docs = writer.doccount();
    writer.close();
    session.print_summary(ingest.counts(), out);
    out << "indexer: " << o.index_dir << " now holds " << docs << " records\n";
  } catch (const Xapian::DatabaseLockError& e) {
    err << "indexer: index " << o.index_dir << " is locked: " << e.get_msg() << "\n";
    return kExitUsage;
  } catch (const Xapian::Error& e) {
    err << "indexer: cannot update index " << o.index_dir << ": " << e.get_description() << "\n";
    return kExitFailed;
  }
  return ingest.counts().rejected > 0 ? kExitRejected : kExitOk;
}

int run_delete(const DeleteOptions& o, std::ostream& out, std::ostream& err) {
  if (o.ids.empty() || o.index_dir.empty()) {
    err << "indexer delete: --index DIR and at least one --id are required\n";
    return kExitUsage;
  }
  std::vector<std::string> paths;
  if (!live_shards(o.index_dir, &paths, err)) return kExitUsage;
  IndexLock lock(o.index_dir);
  if (!lock.locked()) {
    err << "indexer: index " << o.index_dir << " is locked by another indexer\n";
    return kExitUsage;
  }
  auto analyzer = Analyzer::load({o.common.data_dir, o.common.hunspell_dic});
  if (!analyzer.is_ok()) {
    err << "indexer: " << analyzer.status().message() << "\n";
    return kExitUsage;
  }
  size_t removed = 0;
  try {
    ShardedWriter writer(paths, false, *analyzer, UINT64_MAX, true);
    for (const auto& id : o.ids) {
      if (writer.remove(id)) {
        ++removed;
      } else {
        err << "indexer: warning: no record with id \"" << id << "\"\n";
      }
    }
    writer.commit();
    writer.close();
  } catch (const Xapian::Error& e) {
    err << "indexer: cannot update index " << o.index_dir << ": " << e.get_description() << "\n";
    return kExitFailed;
  }
  out << "indexer: deleted " << removed << " of " << o.ids.size() << " record(s)\n";
  return removed == o.ids.size() ? kExitOk : kExitRejected;
}

}  // namespace jipp::indexer
