#include "jipp/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include "jipp/text_util.h"

namespace jipp {

namespace {

bool is_joining_hyphen(UChar32 c) {
  // Hyphen-minus, hyphen, non-breaking hyphen, figure dash, minus sign.
  // En and em dashes separate ranges and clauses, so they do not join.
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2212 ||
         c == 0xFE63;
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060 ||
         c == 0x00B4 || c == 0x2032;
}

bool is_quote(UChar32 c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F ||
         c == 0x00AB || c == 0x00BB || c == 0x2033;
}

bool is_latin_base(UChar32 c) {
  UErrorCode err = U_ZERO_ERROR;
  return uscript_getScript(c, &err) == USCRIPT_LATIN;
}

const icu::Normalizer2& nfkc() {
  UErrorCode err = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFKCInstance(err);
}

icu::BreakIterator& word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> bi = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale("id"), err));
    return b;
  }();
  return *bi;
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

bool has_letter(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80 || (c >= 'a' && c <= 'z')) return true;
  }
  return false;
}

bool is_operator_word(std::string_view w) {
  return w == "AND" || w == "OR" || w == "NOT" || w == "XOR" || w == "NEAR" || w == "ADJ";
}

struct Segment {
  int32_t start, end;
  bool word;
  bool number;
};

}  // namespace

std::string fold_word(std::string_view word) {
  std::string folded = fold_case(word);
  bool ascii = true;
  for (unsigned char c : folded) ascii = ascii && c < 0x80;
  if (ascii) return folded;
  // Strip combining marks that sit on Latin letters; other scripts keep
  // theirs (they are part of the spelling there).
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return folded;
  icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(folded), err);
  icu::UnicodeString out;
  UChar32 base = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_charType(c) == U_NON_SPACING_MARK) {
      if (is_latin_base(base)) continue;
    } else {
      base = c;
    }
    out.append(c);
  }
  return to_utf8(nfc->normalize(out, err));
}

namespace {

bool ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_word(unsigned char c) { return ascii_alpha(c) || ascii_digit(c) || c == '_'; }
bool ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Segments a run of ASCII text the way ICU's word rules (UAX #29) do for
// ASCII: letters, digits and '_' join; ':' joins letters, ',' and ';' join
// digits, '.' and '\'' join either; every other character stands alone.
// ICU itself segments anything else, so the two paths agree by
// construction on ASCII and ICU keeps the last word elsewhere.
void segment_ascii(std::string_view s, size_t base, std::vector<Segment>* out) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!ascii_word(c)) {
      size_t j = i + 1;
      if (ascii_space(c)) {
        while (j < s.size() && ascii_space(static_cast<unsigned char>(s[j]))) ++j;
      }
      out->push_back({static_cast<int32_t>(base + i), static_cast<int32_t>(base + j), false,
                      false});
      i = j;
      continue;
    }
    size_t j = i;
    bool letters = false;
    while (j < s.size()) {
      const auto d = static_cast<unsigned char>(s[j]);
      if (ascii_word(d)) {
        letters = letters || ascii_alpha(d) || d == '_';
        ++j;
        continue;
      }
      if (j + 1 < s.size() && j > i) {
        const auto prev = static_cast<unsigned char>(s[j - 1]);
        const auto next = static_cast<unsigned char>(s[j + 1]);
        const bool mid_letter = (d == ':' || d == '.' || d == '\'') && ascii_alpha(prev) &&
                                ascii_alpha(next);
        const bool mid_num = (d == ',' || d == ';' || d == '.' || d == '\'') &&
                             ascii_digit(prev) && ascii_digit(next);
        if (mid_letter || mid_num) {
          j += 1;
          continue;
        }
      }
      break;
    }
    out->push_back({static_cast<int32_t>(base + i), static_cast<int32_t>(base + j), true,
                    !letters});
    i = j;
  }
}

// Segments `s` (valid UTF-8): ASCII stretches between white space by
// segment_ascii(), the rest by ICU's word BreakIterator over UTF-8 (native
// byte offsets, no UTF-16 copy).
void segment(const std::string& s, std::vector<Segment>* out) {
  size_t i = 0;
  while (i < s.size()) {
    // A chunk runs to the next ASCII white space.
    size_t j = i;
    bool ascii = true;
    while (j < s.size() && !ascii_space(static_cast<unsigned char>(s[j]))) {
      ascii = ascii && static_cast<unsigned char>(s[j]) < 0x80;
      ++j;
    }
    while (j < s.size() && ascii_space(static_cast<unsigned char>(s[j]))) ++j;
    const std::string_view chunk(s.data() + i, j - i);
    if (ascii) {
      segment_ascii(chunk, i, out);
    } else {
      UErrorCode err = U_ZERO_ERROR;
      UText* ut = utext_openUTF8(nullptr, chunk.data(), static_cast<int64_t>(chunk.size()), &err);
      icu::BreakIterator& bi = word_breaker();
      bi.setText(ut, err);
      for (int32_t b = bi.first(), e = bi.next(); e != icu::BreakIterator::DONE;
           b = e, e = bi.next()) {
        const int32_t status = bi.getRuleStatus();
        out->push_back({static_cast<int32_t>(i) + b, static_cast<int32_t>(i) + e,
                        status >= UBRK_WORD_NONE_LIMIT,
                        status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT});
      }
      utext_close(ut);
    }
    i = j;
  }
}

// The first code point of `s` (valid UTF-8) and its length in bytes.
UChar32 first_char(std::string_view s, int32_t* len) {
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  *len = k;
  return c;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, bool query, bool surfaces) {
  std::vector<Token> out;
  out.reserve(text.size() / 7 + 4);
  // Valid UTF-8 in NFKC: ASCII is both already, so it skips ICU here.
  std::string u = sanitize_utf8(text);
  bool ascii = true;
  for (unsigned char c : u) ascii = ascii && c < 0x80;
  if (!ascii) {
    UErrorCode err = U_ZERO_ERROR;
    icu::UnicodeString w = icu::UnicodeString::fromUTF8(u);
    if (!nfkc().isNormalized(w, err)) {
      err = U_ZERO_ERROR;
      icu::UnicodeString n = nfkc().normalize(w, err);
      if (U_SUCCESS(err)) u = to_utf8(n);
    }
  }

  std::vector<Segment> segs;
  segs.reserve(u.size() / 4 + 4);
  segment(u, &segs);

  auto seg_text = [&](const Segment& sg) {
    return std::string_view(u.data() + sg.start, static_cast<size_t>(sg.end - sg.start));
  };
  auto single_char = [&](const Segment& sg, UChar32* c) {
    int32_t len = 0;
    *c = first_char(seg_text(sg), &len);
    return len == sg.end - sg.start;
  };

  // Folds one word and splits it where segmentation kept '.', ':', '@' or
  // an apostrophe inside it. Returns the pieces with the separator that
  // preceded each (0 for none).
  auto split_word = [&](std::string_view w,
                        std::vector<std::pair<UChar32, std::string>>* pieces) {
    bool numeric = true;
    for (unsigned char c : w) {
      if (!(ascii_digit(c) || c == '.' || c == ',')) numeric = false;
    }
    if (numeric) {
      pieces->push_back({0, fold_word(w)});
      return;
    }
    std::string cur;
    UChar32 sep = 0;
    int32_t k = 0;
    const auto n = static_cast<int32_t>(w.size());
    const auto* p = reinterpret_cast<const uint8_t*>(w.data());
    while (k < n) {
      const int32_t at = k;
      UChar32 c;
      U8_NEXT(p, k, n, c);
      if (is_apostrophe(c)) continue;  // "Jum'at" -> "jumat"
      if (c == '.' || c == ':' || c == '@') {
        if (!cur.empty()) pieces->push_back({sep, fold_word(cur)});
        cur.clear();
        sep = c;
        continue;
      }
      cur.append(w.data() + at, static_cast<size_t>(k - at));
    }
    if (!cur.empty()) pieces->push_back({sep, fold_word(cur)});
  };

  auto push_punct = [&](std::string s) {
    if (!query) return;
    out.push_back(Token{Token::Kind::kPunct, s, {}, s});
  };

  for (size_t i = 0; i < segs.size(); ++i) {
    const Segment& sg = segs[i];
    if (!sg.word) {
      if (!query) continue;
      // Query punctuation: one form for quotes and hyphens, spaces kept.
      std::string_view t = seg_text(sg);
      std::string chars;
      int32_t k = 0;
      const auto n = static_cast<int32_t>(t.size());
      const auto* p = reinterpret_cast<const uint8_t*>(t.data());
      while (k < n) {
        UChar32 c;
        U8_NEXT(p, k, n, c);
        if (is_quote(c)) {
          chars += '"';
        } else if (is_joining_hyphen(c) || c == 0x2013 || c == 0x2014) {
          chars += '-';
        } else if (c < 0 || u_isUWhiteSpace(c) || u_iscntrl(c)) {
          chars += ' ';
        } else if (c < 0x80) {
          chars += static_cast<char>(c);
        } else {
          chars += ' ';
        }
      }
      if (chars.find_first_not_of(' ') == std::string::npos) {
        out.push_back(Token{Token::Kind::kSpace, " ", {}, " "});
      } else {
        push_punct(chars);
      }
      continue;
    }

    const std::string_view w = seg_text(sg);
    if (query && is_operator_word(w)) {
      out.push_back(Token{Token::Kind::kOperator, std::string(w), {}, std::string(w)});
      continue;
    }

    // Fast path, most words: one segment, nothing inside to split on.
    const bool next_is_hyphen = i + 2 < segs.size() && segs[i + 2].word &&
                                segs[i + 1].end - segs[i + 1].start <= 3 && [&] {
                                  UChar32 c;
                                  return single_char(segs[i + 1], &c) && is_joining_hyphen(c);
                                }();
    if (!next_is_hyphen && w.find_first_of(".:@'\xE2\xCA`\xC2") == std::string_view::npos) {
      std::string folded = fold_word(w);
      if (folded.empty() || folded.size() > kMaxTokenBytes) continue;
      const bool number = sg.number || !has_letter(folded);
      Token t{number ? Token::Kind::kNumber : Token::Kind::kWord, std::move(folded), {}, {}};
      if (surfaces) t.surface.assign(w);
      out.push_back(std::move(t));
      continue;
    }

    // Gather a hyphenated compound: word (hyphen word)*, no spaces.
    size_t last = i;
    std::vector<size_t> word_segs{i};
    while (last + 2 < segs.size() && segs[last + 2].word) {
      UChar32 c;
      if (!single_char(segs[last + 1], &c) || !is_joining_hyphen(c)) break;
      last += 2;
      word_segs.push_back(last);
    }

    std::vector<std::vector<std::pair<UChar32, std::string>>> split(word_segs.size());
    for (size_t k = 0; k < word_segs.size(); ++k) {
      split_word(seg_text(segs[word_segs[k]]), &split[k]);
    }
    // A compound joins only plain pieces; dotted parts ("x.go.id-y") and
    // number ranges ("2019-2021") are emitted piece by piece.
    bool compound = word_segs.size() > 1;
    bool any_letter = false;
    for (auto& pcs : split) {
      if (pcs.size() != 1) compound = false;
      for (auto& pc : pcs) any_letter = any_letter || has_letter(pc.second);
    }
    if (compound && !any_letter) compound = false;

    if (compound) {
      Token t{Token::Kind::kWord, {}, {}, {}};
      if (surfaces) t.surface.assign(u.data() + sg.start, static_cast<size_t>(segs[last].end - sg.start));
      for (auto& pcs : split) {
        if (!t.text.empty()) t.text += '-';
        t.text += pcs[0].second;
        t.parts.push_back(pcs[0].second);
      }
      if (t.text.size() <= kMaxTokenBytes) out.push_back(std::move(t));
      i = last;
      continue;
    }
    for (size_t k = 0; k < word_segs.size(); ++k) {
      if (k > 0) push_punct(any_letter ? "-" : " ");
      for (auto& [sep, piece] : split[k]) {
        if (piece.empty() || piece.size() > kMaxTokenBytes) continue;
        if (sep) push_punct(std::string(1, static_cast<char>(sep)));
        const bool number = segs[word_segs[k]].number || !has_letter(piece);
        Token t{number ? Token::Kind::kNumber : Token::Kind::kWord, std::move(piece), {}, {}};
        if (surfaces) {
          t.surface = split[k].size() == 1 ? std::string(seg_text(segs[word_segs[k]])) : t.text;
        }
        out.push_back(std::move(t));
      }
    }
    i = last;
  }
  return out;
}

}  // namespace jipp
