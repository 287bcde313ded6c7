#include "jipp/stemmer.h"

#include <hunspell/hunspell.hxx>
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>
#include <fstream>
#include <optional>

#include "jipp/text_util.h"

namespace jipp {

namespace {

// A root found by stripping must have at least this many letters: the
// dictionary has two-letter entries ("la", "ku") that would otherwise eat
// words ("pelaku" -> "la").
constexpr size_t kMinRoot = 3;
// Stems are cached per thread up to this many words, then the cache starts
// over: bounded memory whatever the corpus.
constexpr size_t kMaxCache = 1 << 18;

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool ends_with(const std::string& s, std::string_view suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}
bool starts_with(const std::string& s, std::string_view pre) {
  return s.compare(0, pre.size(), pre) == 0;
}
char at(const std::string& s, size_t i) { return i < s.size() ? s[i] : '\0'; }

std::string latin1_to_utf8(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::string strip_hyphens(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != '-') out.push_back(c);
  }
  return out;
}

// One prefix-removal step: the remainder and the prefix's family
// ("di", "ke", "se", "be", "te", "me", "pe", "per", "redup").
struct Step {
  std::string rest;
  const char* family;
};

// The confix-stripping prefix rules with their recodings (Asian et al.
// 2007, table 2, with the later "nge-" and partial-reduplication additions).
std::vector<Step> prefix_steps(const std::string& w) {
  std::vector<Step> out;
  auto add = [&](std::string rest, const char* fam) {
    if (rest.size() >= kMinRoot) out.push_back({std::move(rest), fam});
  };
  const char c2 = at(w, 2), c3 = at(w, 3), c4 = at(w, 4);
  if (starts_with(w, "di")) add(w.substr(2), "di");
  if (starts_with(w, "ke")) add(w.substr(2), "ke");
  if (starts_with(w, "se")) add(w.substr(2), "se");
  if (starts_with(w, "nge")) add(w.substr(3), "me");
  if (starts_with(w, "ber")) {
    add(w.substr(3), "be");
    if (is_vowel(c3)) add("r" + w.substr(3), "be");
  } else if (starts_with(w, "belajar")) {
    add(w.substr(3), "be");
  } else if (starts_with(w, "be") && !is_vowel(c2) && c2 != 'r' &&
             starts_with(w.substr(3), "er")) {
    add(w.substr(2), "be");  // be-C1erC2: bekerja, beternak
  }
  if (starts_with(w, "ter")) {
    add(w.substr(3), "te");
    if (is_vowel(c3)) add("r" + w.substr(3), "te");
  } else if (starts_with(w, "te") && !is_vowel(c2) && starts_with(w.substr(3), "er")) {
    add(w.substr(2), "te");
  }
  if (starts_with(w, "me")) {
    if (starts_with(w, "meng")) {
      if (c4 == 'g' || c4 == 'h' || c4 == 'q' || c4 == 'k') add(w.substr(4), "me");
      if (is_vowel(c4)) {
        add(w.substr(4), "me");
        add("k" + w.substr(4), "me");
        if (c4 == 'e') add(w.substr(5), "me");  // menge-: mengebom
      }
      add(w.substr(2), "me");  // me-ngV: menganga
    } else if (starts_with(w, "meny")) {
      if (is_vowel(c4)) {
        add("s" + w.substr(4), "me");
        add(w.substr(2), "me");  // me-nyV: menyanyi
      }
    } else if (starts_with(w, "mem")) {
      if (c3 == 'b' || c3 == 'f' || c3 == 'v' || c3 == 'p') add(w.substr(3), "me");
      if (is_vowel(c3) || (c3 == 'r' && is_vowel(c4))) {
        add("m" + w.substr(3), "me");
        add("p" + w.substr(3), "me");
      }
    } else if (starts_with(w, "men")) {
      if (c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 's' || c3 == 't' || c3 == 'z') {
        add(w.substr(3), "me");
      }
      if (is_vowel(c3)) {
        add("n" + w.substr(3), "me");
        add("t" + w.substr(3), "me");
      }
    } else if ((c2 == 'l' || c2 == 'r' || c2 == 'w' || c2 == 'y') && is_vowel(c3)) {
      add(w.substr(2), "me");
    }
  }
  if (starts_with(w, "pe")) {
    if (starts_with(w, "per")) {
      add(w.substr(3), "per");
      if (is_vowel(c3)) add("r" + w.substr(3), "pe");
    } else if (starts_with(w, "peng")) {
      if (c4 == 'g' || c4 == 'h' || c4 == 'q' || c4 == 'k') add(w.substr(4), "pe");
      if (is_vowel(c4)) {
        add(w.substr(4), "pe");
        add("k" + w.substr(4), "pe");
        if (c4 == 'e') add(w.substr(5), "pe");
      }
    } else if (starts_with(w, "peny")) {
      if (is_vowel(c4)) {
        add("s" + w.substr(4), "pe");
        add(w.substr(2), "pe");
      }
    } else if (starts_with(w, "pem")) {
      if (c3 == 'b' || c3 == 'f' || c3 == 'v') add(w.substr(3), "pe");
      if (is_vowel(c3) || (c3 == 'r' && is_vowel(c4))) {
        add("m" + w.substr(3), "pe");
        add("p" + w.substr(3), "pe");
      }
    } else if (starts_with(w, "pen")) {
      if (c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 's' || c3 == 't' || c3 == 'z') {
        add(w.substr(3), "pe");
      }
      if (is_vowel(c3)) {
        add("n" + w.substr(3), "pe");
        add("t" + w.substr(3), "pe");
      }
    } else if (starts_with(w, "pelajar")) {
      add(w.substr(3), "pe");
    } else if (c2 == 'l' || c2 == 'w' || c2 == 'y') {
      if (is_vowel(c3)) add(w.substr(2), "pe");
    } else if (!is_vowel(c2) && c2 != 'r' && c2 != 'm' && c2 != 'n') {
      add(w.substr(2), "pe");  // pe-CP: peserta, petani
    }
  }
  // Partial reduplication: lelembut -> lembut, teterbang -> terbang.
  if (w.size() >= 6 && w[1] == 'e' && w[0] == w[2] && !is_vowel(w[0])) {
    add(w.substr(2), "redup");
  }
  return out;
}

// Prefix-suffix pairs that never form a confix (Asian et al. 2007).
bool disallowed(const char* family, const std::string& suffix) {
  const std::string f = family;
  if (suffix.empty()) return false;
  return (f == "be" && suffix == "i") || (f == "di" && suffix == "an") ||
         (f == "ke" && (suffix == "i" || suffix == "kan")) ||
         (f == "me" && suffix == "an") || (f == "se" && (suffix == "i" || suffix == "kan")) ||
         (f == "te" && suffix == "an");
}

}  // namespace

StemmerData::~StemmerData() = default;

Result<std::shared_ptr<StemmerData>> StemmerData::load(
    const std::string& dic_path, const std::vector<std::string>& extra_roots,
    const std::vector<std::string>& protected_words) {
  std::ifstream in(dic_path, std::ios::binary);
  if (!in) {
    return Status(ErrorKind::kUnavailable,
                  "cannot read the hunspell-id dictionary " + dic_path +
                      " (install the hunspell-id package)");
  }
  std::shared_ptr<StemmerData> d(new StemmerData());
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the first line is the entry count
      first = false;
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string word = latin1_to_utf8(line.substr(0, line.find('/')));
    if (word.empty()) continue;
    std::string lower = fold_case(word);
    if (lower != word) {
      // Capitalised entries are names: protect them, they are not roots.
      d->protected_.insert(strip_hyphens(lower));
      continue;
    }
    if (lower.front() == '-' || lower.back() == '-') continue;  // affix entries ("di-")
    if (lower.find('-') != std::string::npos) {
      d->compounds_.insert(lower);
      d->display_[strip_hyphens(lower)] = lower;
    }
    const std::string key = strip_hyphens(lower);
    d->roots_.insert(key);
    const size_t slash = line.find('/');
    if (slash != std::string::npos) {
      // FLAG long: two characters per affix class.
      d->flags_[key] = static_cast<uint16_t>((line.size() - slash - 1) / 2);
    }
  }
  for (const auto& r : extra_roots) d->roots_.insert(strip_hyphens(fold_case(r)));
  for (const auto& p : protected_words) d->protected_.insert(strip_hyphens(fold_case(p)));

  std::string aff = dic_path.substr(0, dic_path.size() - 4) + ".aff";
  if (std::ifstream(aff).good()) {
    d->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic_path.c_str());
  }
  return d;
}

size_t StemmerData::productivity(const std::string& root) const {
  auto it = flags_.find(root);
  return it == flags_.end() ? 0 : it->second;
}

std::string StemmerData::display(const std::string& w) const {
  auto it = display_.find(w);
  return it == display_.end() ? w : it->second;
}

std::vector<std::string> StemmerData::hunspell_stems(const std::string& word) const {
  if (!hunspell_) return {};
  // id_ID.dic is ISO-8859-1: words outside it have no stems there.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
  std::string latin1;
  for (int32_t i = 0; i < u.length(); ++i) {
    char16_t c = u.charAt(i);
    if (c > 0xFF) return {};
    latin1.push_back(static_cast<char>(c));
  }
  std::vector<std::string> out;
  {
    std::lock_guard<std::mutex> lock(hunspell_mutex_);
    for (const auto& s : hunspell_->stem(latin1)) {
      out.push_back(strip_hyphens(fold_case(latin1_to_utf8(s))));
    }
  }
  return out;
}

std::string StemmerData::stem(const std::string& word) const {
  if (word.size() < kMinRoot || is_protected(word)) return word;
  for (char c : word) {
    // Numbers and words with digits ("covid19", "5g") are left alone.
    if (c >= '0' && c <= '9') return word;
  }
  return ecs(word);
}

std::string StemmerData::entry_root(const std::string& word) const {
  // A dictionary entry is its own root unless a loanword suffix or a
  // derivational prefix leads to a shorter root: id_ID.dic lists many
  // derived forms as entries of their own (belajar, pelajar, budayawan).
  for (std::string_view suf : {"isasi", "isme", "isir", "wati", "wan", "is"}) {
    if (ends_with(word, suf) && word.size() - suf.size() >= 4) {
      std::string r = word.substr(0, word.size() - suf.size());
      if (is_root(r)) return r;
    }
  }
  // A prefix marks a derived entry only with evidence: hunspell's affix
  // flags derive the entry from that root (pemerintah, penduduk, menjadi),
  // or the prefix is an assimilation no root starts with (meng- before k,
  // g, h, q; mem- before b, f, v; men- before c, d, j, z: mengkaji), or it
  // is the ECS exception bel-/pel- + ajar. Without that, entries such as
  // menteri, perdana and perahu are roots of their own, not men- + teri.
  if (word == "belajar" || word == "pelajar") return "ajar";
  std::vector<std::string> derived_from;
  bool asked = false;
  for (const Step& s : prefix_steps(word)) {
    const std::string fam = s.family;
    if ((fam != "be" && fam != "me" && fam != "pe" && fam != "per") || s.rest.size() < 4 ||
        !is_root(s.rest)) {
      continue;
    }
    const char c3 = word.size() > 3 ? word[3] : '\0', c4 = word.size() > 4 ? word[4] : '\0';
    const bool assimilated =
        (starts_with(word, "meng") && (c4 == 'k' || c4 == 'g' || c4 == 'h' || c4 == 'q')) ||
        (starts_with(word, "mem") && (c3 == 'b' || c3 == 'f' || c3 == 'v')) ||
        (starts_with(word, "men") && (c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 'z'));
    if (assimilated) return s.rest;
    if (!asked) {
      derived_from = hunspell_stems(word);
      asked = true;
    }
    if (std::find(derived_from.begin(), derived_from.end(), s.rest) != derived_from.end()) {
      return s.rest;
    }
  }
  if (ends_with(word, "kan") && word.size() >= 7) {
    std::string r = word.substr(0, word.size() - 3);
    if (is_root(r)) return r;
  }
  return word;
}

void StemmerData::collect_prefixed(const std::string& w, const std::string& suffix, int depth,
                                   const char* prev, std::vector<std::string>* out) const {
  if (depth == 3) return;
  for (const Step& s : prefix_steps(w)) {
    if (depth == 0 && disallowed(s.family, suffix)) continue;
    // A prefix family does not repeat, except per- (memperpanjang).
    if (prev && std::string(prev) == s.family && std::string(prev) != "per") continue;
    if (is_root(s.rest)) {
      // belajar and pelajar are entries of their own; the ECS rules
      // special-case them too.
      const bool ajar = s.rest == "pelajar" || s.rest == "belajar";
      out->push_back(ajar ? s.rest.substr(3) : s.rest);
    } else {
      collect_prefixed(s.rest, suffix, depth + 1, s.family, out);
    }
  }
}

std::string StemmerData::choose(const std::string& word,
                                const std::vector<std::string>& candidates) const {
  // Recoding often yields several roots (memuaskan: muas / puas); the one
  // hunspell's affix flags derive the word from is the true one.
  if (candidates.size() > 1) {
    // When hunspell derives the word from more than one candidate
    // (mengurus: urus / kurus), the more productive root, the one with
    // more affix flags, is the likelier reading.
    const std::vector<std::string> confirmed = hunspell_stems(word);
    const std::string* best = nullptr;
    for (const auto& c : candidates) {
      if (std::find(confirmed.begin(), confirmed.end(), c) == confirmed.end()) continue;
      if (!best || productivity(c) > productivity(*best)) best = &c;
    }
    if (best) return *best;
  }
  return candidates.front();
}

std::string StemmerData::ecs(const std::string& word) const {
  if (is_root(word)) return entry_root(word);

  std::vector<std::string> found;
  // Precedence adjustment (Arifin et al.): for be-lah, be-an, me-i, di-i,
  // pe-i and te-i shapes the prefix goes first ("dimulai" -> "mulai",
  // "bersekolah" -> "sekolah").
  auto prefix_first = [&](const std::string& w) {
    const bool be = starts_with(w, "be") &&
                    (ends_with(w, "lah") || (ends_with(w, "an") && !ends_with(w, "kan")));
    const bool x_i = (starts_with(w, "me") || starts_with(w, "di") || starts_with(w, "pe") ||
                      starts_with(w, "te")) &&
                     ends_with(w, "i");
    if (be || x_i) collect_prefixed(w, "", 0, nullptr, &found);
    return !found.empty();
  };
  if (prefix_first(word)) return choose(word, found);

  // Suffix layers, outermost first: particle, possessive, derivational.
  std::string w = word;
  std::string particle, possessive, derivational;
  for (std::string_view p : {"lah", "kah", "pun"}) {
    if (ends_with(w, p) && w.size() - p.size() >= kMinRoot) {
      particle = p;
      w.resize(w.size() - p.size());
      break;
    }
  }
  if (is_root(w)) return entry_root(w);
  for (std::string_view p : {"nya", "ku", "mu"}) {
    if (ends_with(w, p) && w.size() - p.size() >= kMinRoot) {
      possessive = p;
      w.resize(w.size() - p.size());
      break;
    }
  }
  if (is_root(w)) return entry_root(w);
  const std::string clitic_free = w;
  if (w != word && prefix_first(w)) return choose(word, found);

  for (std::string_view s : {"kan", "an", "i"}) {
    if (ends_with(w, s) && w.size() - s.size() >= kMinRoot) {
      derivational = s;
      w.resize(w.size() - s.size());
      break;
    }
  }
  // A suffix alone must leave a root of four letters or more ("asean" is
  // not "ase" + -an).
  if (!derivational.empty() && w.size() >= 4 && is_root(w)) return w;
  for (std::string_view suf : {"isasi", "isme", "isir", "wati", "wan", "is"}) {
    if (ends_with(clitic_free, suf) && clitic_free.size() - suf.size() >= 4) {
      std::string r = clitic_free.substr(0, clitic_free.size() - suf.size());
      if (is_root(r)) return r;
    }
  }
  collect_prefixed(w, derivational, 0, nullptr, &found);
  if (!found.empty()) return choose(word, found);

  // Suffix backtracking: put the suffixes back one layer at a time
  // ("-kan" may have been "-k" + "-an") and strip prefixes again.
  std::vector<std::pair<std::string, std::string>> retries;
  if (derivational == "kan") retries.push_back({w + "k", "an"});
  retries.push_back({clitic_free, ""});
  if (!possessive.empty()) retries.push_back({clitic_free + possessive, ""});
  for (const auto& [cand, suf] : retries) {
    collect_prefixed(cand, suf, 0, nullptr, &found);
    if (!found.empty()) return choose(word, found);
    if (is_root(cand)) return entry_root(cand);
  }

  // Confix stripping found no root: ask hunspell's affix engine, which
  // knows forms the rules above do not (menganga, mensyukuri).
  std::string best;
  for (const std::string& s : hunspell_stems(word)) {
    if (s.size() >= kMinRoot && s != word && (best.empty() || s.size() < best.size())) {
      best = s;
    }
  }
  if (!best.empty()) return best;
  // No root. A word that ended in -nya is still better without it
  // ("medannya" -> "medan"); -ku, -mu and the particles end too many names
  // ("Teungku", "Subarkah") to strip them blind. (Handing such words to
  // Snowball instead scored lower on the stemming evaluation: 115/120
  // against 117/120, with no gain in retrieval.)
  if (possessive == "nya") return clitic_free;
  return word;
}

std::string StemmerData::cached_term(const std::string& word) const {
  {
    std::shared_lock<std::shared_mutex> lock(shared_cache_mu_);
    auto it = shared_cache_.find(word);
    if (it != shared_cache_.end()) return it->second;
  }
  std::string s = canonical(stem(word));
  std::unique_lock<std::shared_mutex> lock(shared_cache_mu_);
  if (shared_cache_.size() >= kMaxCache) shared_cache_.clear();
  shared_cache_.emplace(word, s);
  return s;
}

std::string IndonesianStemmer::operator()(const std::string& word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= kMaxCache) cache_.clear();
  std::string s = data_->cached_term(word);
  cache_.emplace(word, s);
  return s;
}

}  // namespace jipp
