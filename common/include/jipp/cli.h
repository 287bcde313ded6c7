// Small command-line helpers shared by the binaries: flag values and the
// default locations of the data directory and the hunspell dictionary.
// Thread-safety: reads the environment; call from main.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace jipp::cli {

// --data-dir, else $JIPP_DATA_DIR, else the source tree's data/ the binary
// was built from.
std::string default_data_dir();

// $JIPP_HUNSPELL_DIC, else /usr/share/hunspell/id_ID.dic.
std::string default_hunspell_dic();

// Parses a non-negative integer flag value; false on garbage or overflow.
bool parse_uint(const std::string& s, unsigned long long max, unsigned long long* out);

// The `--name VALUE` options of one program, each stored into its target,
// and --help/-h. Every program's parse loop and error wording in one place.
class Flags {
 public:
  explicit Flags(std::string program) : program_(std::move(program)) {}

  void text(const std::string& name, std::string* dst);
  // A text option that must be given a non-empty value.
  void required(const std::string& name, std::string* dst);
  // An integer in [min, max]; the error names the range.
  void uint(const std::string& name, unsigned long long min, unsigned long long max,
            unsigned long long* dst);
  // Any other value: `set` returns false to reject it, and the error says
  // "NAME needs EXPECTED".
  void custom(const std::string& name, std::string expected,
              std::function<bool(const std::string&)> set);

  // Parses argv[1..]. Returns "" when every argument was taken, else the
  // one-line error ("--port needs an integer 0-65535", "unknown option
  // '--x' (PROGRAM --help shows the usage)"). help() is then true if
  // --help or -h was given (parsing stops there). A missing required
  // option is "--index is required".
  std::string parse(int argc, char** argv);
  bool help() const { return help_; }

 private:
  struct Flag {
    std::string expected;
    std::function<bool(const std::string&)> set;
  };
  std::string program_;
  std::map<std::string, Flag> flags_;
  std::vector<std::pair<std::string, const std::string*>> required_;  // in declaration order
  bool help_ = false;
};

}  // namespace jipp::cli
