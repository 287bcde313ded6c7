// Small command-line helpers shared by the binaries: flag values and the
// default locations of the data directory and the hunspell dictionary.
// Thread-safety: reads the environment; call from main.
#pragma once

#include <string>

namespace jipp::cli {

// --data-dir, else $JIPP_DATA_DIR, else the source tree's data/ the binary
// was built from.
std::string default_data_dir();

// $JIPP_HUNSPELL_DIC, else /usr/share/hunspell/id_ID.dic.
std::string default_hunspell_dic();

// Parses a non-negative integer flag value; false on garbage or overflow.
bool parse_uint(const std::string& s, unsigned long long max, unsigned long long* out);

}  // namespace jipp::cli
