// Small Unicode helpers shared by schema validation, facets and analysis.
// Owns: UTF-8 checks, case folding (ICU NFKC_Casefold), whitespace
// collapsing, code-point counts and edit distance.
// Thread-safety: all functions are reentrant.
// Not for tokenising text: that is the analyzer's job.
#pragma once

#include <string>
#include <string_view>

namespace jipp {

bool is_valid_utf8(std::string_view s);

// Replaces each invalid UTF-8 sequence with U+FFFD; valid input is returned
// unchanged.
std::string sanitize_utf8(std::string_view s);

// NFKC + full case folding (ICU nfkc_cf). Invalid bytes become U+FFFD.
std::string fold_case(std::string_view s);

// Trims and collapses every run of Unicode white space to one ASCII space.
std::string collapse_spaces(std::string_view s);

// Number of code points in valid UTF-8.
size_t utf8_length(std::string_view s);

// Is `w` non-empty and only a-z and 0-9: a word as the Analyzer writes it
// that Xapian's tokenizer would keep whole?
bool is_plain_word(std::string_view w);

// Levenshtein distance counted in code points.
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace jipp
