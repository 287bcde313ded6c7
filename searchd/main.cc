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
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string* dst) {
      if (i + 1 >= argc) return false;
      *dst = argv[++i];
      return true;
    };
    std::string v;
    unsigned long long n = 0;
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--index") {
      if (!value(&cfg.index_dir)) return usage_error("--index needs a value");
    } else if (a == "--bind") {
      if (!value(&cfg.bind)) return usage_error("--bind needs a value");
    } else if (a == "--port") {
      if (!value(&v) || !jipp::cli::parse_uint(v, 65535, &n)) {
        return usage_error("--port needs an integer 0-65535");
      }
      cfg.port = static_cast<int>(n);
    } else if (a == "--threads") {
      if (!value(&v) || !jipp::cli::parse_uint(v, 1024, &n) || n == 0) {
        return usage_error("--threads needs an integer 1-1024");
      }
      cfg.threads = static_cast<int>(n);
    } else if (a == "--max-searches") {
      if (!value(&v) || !jipp::cli::parse_uint(v, 1024, &n) || n == 0) {
        return usage_error("--max-searches needs an integer 1-1024");
      }
      cfg.max_searches = static_cast<int>(n);
    } else if (a == "--data-dir") {
      if (!value(&cfg.data_dir)) return usage_error("--data-dir needs a value");
    } else if (a == "--hunspell-dic") {
      if (!value(&cfg.hunspell_dic)) return usage_error("--hunspell-dic needs a value");
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }
  if (cfg.index_dir.empty()) return usage_error("--index is required");
  return jipp::searchd::run(cfg);
}
