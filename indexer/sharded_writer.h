// ShardedWriter: writes records into one database or into N shards by the
// stable hash of their id (jipp/index_layout.h), committing in batches.
// With transactions on, each batch is one Xapian transaction: a crash or
// kill leaves every shard exactly at its last committed batch.
// Thread-safety: one thread.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "index_writer.h"
#include "ingest.h"

namespace jipp::indexer {

class ShardedWriter : public Sink {
 public:
  // Opens the databases at `paths` (creating them when `create`: then a
  // record whose id was not seen before is added without an id lookup).
  ShardedWriter(const std::vector<std::string>& paths, bool create,
                std::shared_ptr<const Analyzer> analyzer, uint64_t batch_size, bool transactions);

  void upsert(const Record& record, bool seen_before) override;
  bool remove(const std::string& id, bool seen_before) override;
  // For `indexer delete`: removes by id alone.
  bool remove(const std::string& id) { return remove(id, false); }
  void after_line(uint64_t lines) override;

  // Commits what is pending (ends the open transaction).
  void commit();
  // Throws away what is pending since the last commit.
  void cancel();
  void set_metadata(const std::string& key, const std::string& value);
  void add_synonym(const std::string& key, const std::string& value);
  void close();

  Xapian::doccount doccount();

 private:
  IndexWriter& writer_for(const std::string& id);
  void begin_if_needed();

  std::vector<std::unique_ptr<IndexWriter>> writers_;
  uint64_t batch_size_;
  bool transactions_;
  bool fresh_;
  bool in_transaction_ = false;
  uint64_t pending_ = 0;
};

}  // namespace jipp::indexer
