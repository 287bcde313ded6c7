// Server: the HTTP face of searchd. Owns the route table (one function),
// httplib setup, the error and exception handlers, signal handling (SIGTERM
// and SIGINT stop, SIGHUP reloads) and the watcher that notices a newly
// published index version.
// Thread-safety: run() blocks the calling thread until stopped.
#pragma once

#include <string>

namespace jipp::searchd {

struct ServerConfig {
  std::string index_dir;
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int threads = 0;       // 0: a default from the core count
  int max_searches = 0;  // searches at once (SearchGate); 0: cores + 1
  std::string data_dir;
  std::string hunspell_dic;
  int reload_poll_ms = 500;
};

// Serves until SIGTERM/SIGINT. Prints "listening on HOST:PORT" once bound.
// Returns the process exit code.
int run(const ServerConfig& config);

}  // namespace jipp::searchd
