// searchd: the HTTP search daemon. Parses flags and calls server::run().
#include <cstring>
#include <iostream>
#include <string>

#include "jipp/cli.h"
#include "server.h"

namespace {
const char* kUsage =
    "usage: searchd --index DIR [--bind ADDR] [--port N] [--threads N] [--max-searches N]\n"
    "               [--data-dir DIR]\n"
    "  --bind defaults to 127.0.0.1; --port 0 picks a free port and prints it.\n"
    "  --threads: connections served at once (default 4 per core);\n"
    "  --max-searches: searches run at once, the rest wait in order (default: cores + 1).\n";

int usage_error(const std::string& msg) {
  std::cerr << "searchd: " << msg << "\n" << kUsage;
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  jipp::searchd::ServerConfig cfg;
  cfg.data_dir = jipp::cli::default_data_dir();
  cfg.hunspell_dic = jipp::cli::default_hunspell_dic();
  unsigned long long port = static_cast<unsigned long long>(cfg.port), threads = 0, searches = 0;
  jipp::cli::Flags flags("searchd");
  flags.required("--index", &cfg.index_dir);
  flags.text("--bind", &cfg.bind);
  flags.uint("--port", 0, 65535, &port);
  flags.uint("--threads", 1, 1024, &threads);
  flags.uint("--max-searches", 1, 1024, &searches);
  flags.text("--data-dir", &cfg.data_dir);
  flags.text("--hunspell-dic", &cfg.hunspell_dic);
  if (const std::string err = flags.parse(argc, argv); !err.empty()) return usage_error(err);
  if (flags.help()) {
    std::cout << kUsage;
    return 0;
  }
  cfg.port = static_cast<int>(port);
  cfg.threads = static_cast<int>(threads);
  cfg.max_searches = static_cast<int>(searches);
  return jipp::searchd::run(cfg);
}
