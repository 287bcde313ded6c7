#include "jipp/cli.h"

#include <cstdlib>

namespace jipp::cli {

std::string default_data_dir() {
  if (const char* env = std::getenv("JIPP_DATA_DIR"); env && *env) return env;
  return JIPP_DEFAULT_DATA_DIR;
}

std::string default_hunspell_dic() {
  if (const char* env = std::getenv("JIPP_HUNSPELL_DIC"); env && *env) return env;
  return JIPP_DEFAULT_HUNSPELL_DIC;
}

bool parse_uint(const std::string& s, unsigned long long max, unsigned long long* out) {
  if (s.empty() || s.size() > 19) return false;
  unsigned long long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<unsigned long long>(c - '0');
  }
  if (v > max) return false;
  *out = v;
  return true;
}

}  // namespace jipp::cli
