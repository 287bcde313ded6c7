// What every writing command sets up and tears down: the analyzer and facet
// tables, the index lock, input readers, the rejects file, progress and the
// closing summary. Keeps build, update and delete from repeating it.
// Thread-safety: one thread.
#pragma once

#include <chrono>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "commands.h"
#include "ingest.h"
#include "jipp/analyzer.h"
#include "jipp/facet_normalizer.h"
#include "jsonl_reader.h"
#include "progress.h"

namespace jipp::indexer {

// Holds DIR/.lock with flock(2) while alive: one writer per index at a
// time. The kernel drops the lock when the process dies, so a killed
// indexer leaves nothing to clean up by hand.
class IndexLock {
 public:
  explicit IndexLock(const std::string& dir);
  ~IndexLock();
  IndexLock(const IndexLock&) = delete;
  IndexLock& operator=(const IndexLock&) = delete;
  bool locked() const { return locked_; }

 private:
  int fd_ = -1;
  bool locked_ = false;
};

struct Session {
  std::shared_ptr<const Analyzer> analyzer;
  std::shared_ptr<const FacetNormalizer> facets;
  std::vector<std::unique_ptr<JsonlReader>> readers;
  uint64_t input_bytes = 0;  // 0 when reading standard input
  std::ofstream rejects;
  std::string rejects_path;
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();

  // Loads the linguistic and facet data and opens the inputs; a one-line
  // error on `err` and false on failure.
  bool open(const CommonOptions& common, const std::vector<std::string>& inputs,
            const std::string& rejects_path, std::ostream& err);

  // Runs every input through `ingest` into `sink`.
  void ingest_all(Ingest& ingest, Sink& sink, int progress, std::ostream& err);

  // "indexer: 1000 lines: 998 indexed (1 repeated id), 0 deleted, 2 rejected, 1 warning"
  // and the throughput line.
  void print_summary(const IngestCounts& c, std::ostream& out) const;
};

// Size in bytes of everything under `path`.
uint64_t disk_size(const std::string& path);

}  // namespace jipp::indexer
