#include "sharded_writer.h"

#include "jipp/index_layout.h"

namespace jipp::indexer {

ShardedWriter::ShardedWriter(const std::vector<std::string>& paths, bool create,
                             std::shared_ptr<const Analyzer> analyzer, uint64_t batch_size,
                             bool transactions)
    : batch_size_(batch_size), transactions_(transactions), fresh_(create) {
  const int flags = (create ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_OPEN) |
                    Xapian::DB_BACKEND_GLASS;
  for (const auto& p : paths) {
    writers_.push_back(std::make_unique<IndexWriter>(Xapian::WritableDatabase(p, flags), analyzer));
  }
}

IndexWriter& ShardedWriter::writer_for(const std::string& id) {
  return *writers_[layout::shard_of(id, static_cast<unsigned>(writers_.size()))];
}

void ShardedWriter::begin_if_needed() {
  if (!transactions_ || in_transaction_) return;
  for (auto& w : writers_) w->db().begin_transaction();
  in_transaction_ = true;
}

void ShardedWriter::upsert(const Record& record, bool seen_before) {
  begin_if_needed();
  if (fresh_ && !seen_before) {
    writer_for(record.id).add(record);
  } else {
    writer_for(record.id).upsert(record);
  }
  ++pending_;
}

bool ShardedWriter::remove(const std::string& id, bool) {
  begin_if_needed();
  ++pending_;
  return writer_for(id).remove(id);
}

void ShardedWriter::after_line(uint64_t) {
  if (pending_ >= batch_size_) commit();
}

void ShardedWriter::commit() {
  for (auto& w : writers_) {
    if (in_transaction_) {
      w->db().commit_transaction();
    } else {
      w->db().commit();
    }
  }
  in_transaction_ = false;
  pending_ = 0;
}

void ShardedWriter::cancel() {
  if (in_transaction_) {
    for (auto& w : writers_) w->db().cancel_transaction();
  }
  in_transaction_ = false;
  pending_ = 0;
}

void ShardedWriter::set_metadata(const std::string& key, const std::string& value) {
  for (auto& w : writers_) w->db().set_metadata(key, value);
}

void ShardedWriter::add_synonym(const std::string& key, const std::string& value) {
  for (auto& w : writers_) w->db().add_synonym(key, value);
}

void ShardedWriter::close() {
  for (auto& w : writers_) w->db().close();
}

Xapian::doccount ShardedWriter::doccount() {
  Xapian::doccount n = 0;
  for (auto& w : writers_) n += w->db().get_doccount();
  return n;
}

}  // namespace jipp::indexer
