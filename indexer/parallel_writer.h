// ParallelWriter: a fresh build's writer that uses every core. One thread
// per database, each with its own IndexWriter (Xapian handles, the
// TermGenerator and the stemmer cache are per thread), fed through a small
// bounded queue; records go to the database of their id's shard.
// Only for new databases: a build is not visible until published, so it
// needs no transactions.
// Thread-safety: the Sink methods are called from one (the reading) thread.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "index_writer.h"
#include "ingest.h"

namespace jipp::indexer {

class ParallelWriter : public Sink {
 public:
  // `scratch`: the databases are temporary (merged and deleted after the
  // build), so they are written without fsync.
  ParallelWriter(const std::vector<std::string>& paths, std::shared_ptr<const Analyzer> analyzer,
                 bool scratch);
  ~ParallelWriter() override;

  void upsert(const Record& record, bool seen_before) override;
  bool remove(const std::string& id, bool seen_before) override;
  void after_line(uint64_t) override {}

  // Waits for every queued record to be written and commits each database.
  // Rethrows the first error a worker met.
  void finish();

  // After finish(): runs `fn` on each database (metadata, synonyms), then
  // commits and closes them.
  void close(const std::function<void(Xapian::WritableDatabase&)>& fn);

 private:
  struct Op {
    Record record;
    bool remove = false;
    bool seen_before = false;
  };
  struct Worker {
    std::unique_ptr<IndexWriter> writer;
    std::mutex mu;
    std::condition_variable cv;
    std::deque<Op> queue;
    bool done = false;
    unsigned uncommitted = 0;  // documents written since the last commit
    std::exception_ptr error;
    std::thread thread;
  };
  void push(size_t worker, Op op);
  static void run(Worker* w);

  std::vector<std::unique_ptr<Worker>> workers_;
  bool finished_ = false;
};

}  // namespace jipp::indexer
