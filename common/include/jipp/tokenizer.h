// Tokenizer: ICU normalisation and word segmentation of Indonesian text into
// the token forms both index and query see.
// Owns: NFKC + case folding, accent removal, one form for apostrophes,
// hyphens, dashes and quotes; ICU word BreakIterator segmentation; joining
// of hyphenated compounds ("e-KTP" -> one token) and splitting of dotted
// words ("www.x.go.id" -> parts).
// Thread-safety: tokenize() is reentrant (each thread clones its own ICU
// BreakIterator).
// Not for stemming, stop words or synonyms: see stemmer.h and analyzer.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jipp {

// Tokens longer than this (bytes, after folding) are skipped: no real word
// is that long, and it bounds the work one pathological input can cause.
inline constexpr size_t kMaxTokenBytes = 64;

struct Token {
  enum class Kind { kWord, kNumber, kOperator, kPunct, kSpace };
  Kind kind;
  std::string text;  // folded form for words/numbers; the characters otherwise
  // For a hyphenated compound: its folded parts, in order ("anak-anak" ->
  // {"anak", "anak"}). Empty for a plain word.
  std::vector<std::string> parts;
  std::string surface;  // the text as written (NFKC), when asked for
};

// Splits `text` into tokens. With `query` set, boolean operators written in
// capitals (AND OR NOT XOR NEAR ADJ) are kept as kOperator, and the
// punctuation the query parser reads (" ( ) + - : *) is kept as kPunct;
// otherwise only kWord and kNumber tokens are returned. Invalid UTF-8 is
// replaced, never rejected. `surfaces` fills Token::surface (debugging
// views only; indexing does not pay for the copies).
std::vector<Token> tokenize(std::string_view text, bool query, bool surfaces = false);

// Case folding plus removal of accents on Latin letters ("é" -> "e").
std::string fold_word(std::string_view word);

}  // namespace jipp
