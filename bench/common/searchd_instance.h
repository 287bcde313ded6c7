// SearchdInstance: the project's real searchd as a child process on a free
// loopback port, exactly as the e2e tests and an operator start it
// (--bind 127.0.0.1 --port 0). start() returns once /health answers 200;
// stop() or the destructor sends SIGTERM and reaps it.
// Thread-safety: start/stop from one thread; port() is a plain value, so any
// number of threads may send requests to it.
// Not an HTTP client: callers bring their own httplib::Client.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "common/process.h"
#include "jipp/status.h"

namespace jipp::bench {

struct SearchdOptions {
  std::string searchd;    // path of the searchd binary
  std::string index_dir;  // what `indexer build --index` wrote
  std::vector<std::string> extra_args;  // e.g. {"--threads", "8"}
  std::chrono::milliseconds start_timeout = std::chrono::seconds(60);
};

class SearchdInstance {
 public:
  // unavailable when searchd exits early, prints something other than
  // "listening on 127.0.0.1:PORT" first, or /health does not answer 200 in
  // time; its own messages reach standard error directly.
  static Result<std::unique_ptr<SearchdInstance>> start(const SearchdOptions& options);
  ~SearchdInstance() { stop(); }

  const std::string& host() const { return host_; }
  int port() const { return port_; }
  // The /health body seen at start-up (document count, index version).
  const std::string& health() const { return health_; }

  // SIGTERM, then the exit code (0 for a clean shutdown). Idempotent.
  int stop();

 private:
  SearchdInstance() = default;

  std::unique_ptr<ChildProcess> child_;
  std::string host_ = "127.0.0.1";
  int port_ = 0;
  std::string health_;
};

}  // namespace jipp::bench
