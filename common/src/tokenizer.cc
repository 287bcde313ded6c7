#include "jipp/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

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

bool is_operator_word(const icu::UnicodeString& w) {
  static const char* const kOps[] = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  for (const char* op : kOps) {
    if (w == icu::UnicodeString(op, -1, US_INV)) return true;
  }
  return false;
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

std::vector<Token> tokenize(std::string_view text, bool query) {
  std::vector<Token> out;
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString raw = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString u = nfkc().normalize(raw, err);
  if (U_FAILURE(err)) u = raw;

  icu::BreakIterator& bi = word_breaker();
  bi.setText(u);
  std::vector<Segment> segs;
  for (int32_t start = bi.first(), end = bi.next(); end != icu::BreakIterator::DONE;
       start = end, end = bi.next()) {
    int32_t status = bi.getRuleStatus();
    segs.push_back({start, end, status >= UBRK_WORD_NONE_LIMIT,
                    status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT});
  }

  auto seg_text = [&](const Segment& s) {
    return icu::UnicodeString(u, s.start, s.end - s.start);
  };
  auto single_char = [&](const Segment& s, UChar32* c) {
    if (u.countChar32(s.start, s.end - s.start) != 1) return false;
    *c = u.char32At(s.start);
    return true;
  };

  // Folds one ICU word and splits it where ICU kept '.', ':' or an
  // apostrophe inside it. Returns the pieces with the separator that
  // preceded each (0 for none).
  auto split_word = [&](const icu::UnicodeString& w,
                        std::vector<std::pair<UChar32, std::string>>* pieces) {
    icu::UnicodeString cur;
    UChar32 sep = 0;
    bool numeric = true;
    for (int32_t i = 0; i < w.length(); i = w.moveIndex32(i, 1)) {
      UChar32 c = w.char32At(i);
      if (!(u_isdigit(c) || c == '.' || c == ',')) numeric = false;
    }
    if (numeric) {
      pieces->push_back({0, fold_word(to_utf8(w))});
      return;
    }
    for (int32_t i = 0; i < w.length(); i = w.moveIndex32(i, 1)) {
      UChar32 c = w.char32At(i);
      if (is_apostrophe(c)) continue;  // "Jum'at" -> "jumat"
      if (c == '.' || c == ':' || c == '@') {
        if (!cur.isEmpty()) pieces->push_back({sep, fold_word(to_utf8(cur))});
        cur.remove();
        sep = c;
        continue;
      }
      cur.append(c);
    }
    if (!cur.isEmpty()) pieces->push_back({sep, fold_word(to_utf8(cur))});
  };

  auto push_punct = [&](std::string s) {
    if (!query) return;
    Token t{Token::Kind::kPunct, s, {}, s};
    out.push_back(std::move(t));
  };

  for (size_t i = 0; i < segs.size(); ++i) {
    const Segment& s = segs[i];
    if (!s.word) {
      if (!query) continue;
      // Query punctuation: one form for quotes and hyphens, spaces kept.
      icu::UnicodeString t = seg_text(s);
      std::string chars;
      for (int32_t k = 0; k < t.length(); k = t.moveIndex32(k, 1)) {
        UChar32 c = t.char32At(k);
        if (is_quote(c)) {
          chars += '"';
        } else if (is_joining_hyphen(c) || c == 0x2013 || c == 0x2014) {
          chars += '-';
        } else if (u_isUWhiteSpace(c) || u_iscntrl(c)) {
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

    icu::UnicodeString w = seg_text(s);
    if (query && is_operator_word(w)) {
      std::string op = to_utf8(w);
      out.push_back(Token{Token::Kind::kOperator, op, {}, op});
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
      for (auto& p : pcs) any_letter = any_letter || has_letter(p.second);
    }
    if (compound && !any_letter) compound = false;

    const std::string surface =
        to_utf8(icu::UnicodeString(u, s.start, segs[last].end - s.start));
    if (compound) {
      Token t{Token::Kind::kWord, {}, {}, surface};
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
        bool number = segs[word_segs[k]].number || !has_letter(piece);
        Token t{number ? Token::Kind::kNumber : Token::Kind::kWord, piece, {piece},
                split[k].size() == 1 ? to_utf8(seg_text(segs[word_segs[k]])) : piece};
        out.push_back(std::move(t));
      }
    }
    i = last;
  }
  return out;
}

}  // namespace jipp
