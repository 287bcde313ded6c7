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

void Flags::text(const std::string& name, std::string* dst) {
  custom(name, "a value", [dst](const std::string& v) {
    *dst = v;
    return true;
  });
}

void Flags::required(const std::string& name, std::string* dst) {
  text(name, dst);
  required_.emplace_back(name, dst);
}

void Flags::uint(const std::string& name, unsigned long long min, unsigned long long max,
                 unsigned long long* dst) {
  custom(name, "an integer " + std::to_string(min) + "-" + std::to_string(max),
         [=](const std::string& v) {
           unsigned long long n = 0;
           if (!parse_uint(v, max, &n) || n < min) return false;
           *dst = n;
           return true;
         });
}

void Flags::custom(const std::string& name, std::string expected,
                   std::function<bool(const std::string&)> set) {
  flags_[name] = Flag{std::move(expected), std::move(set)};
}

std::string Flags::parse(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      help_ = true;
      return std::string();
    }
    auto f = flags_.find(a);
    if (f == flags_.end()) {
      return "unknown option '" + a + "' (" + program_ + " --help shows the usage)";
    }
    if (i + 1 >= argc || !f->second.set(argv[++i])) return a + " needs " + f->second.expected;
  }
  for (const auto& [name, value] : required_) {
    if (value->empty()) return name + " is required";
  }
  return std::string();
}

}  // namespace jipp::cli
