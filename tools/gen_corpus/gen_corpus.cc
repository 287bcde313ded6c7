// gen-corpus: a deterministic, seeded generator of synthetic JIPPNas
// innovation records (JSONL), for benchmarks and load tests.
//
//   gen-corpus --count N [--seed S] [--regions PATH] [--output FILE]
//
// Record i depends only on (seed, i): each record has its own PRNG seeded
// from both, so a 100k run is the first 100k lines of a 1M run with the same
// seed and regions file. Only a fixed PRNG (xoshiro256**), integer
// arithmetic and IEEE division (no pow/log, no std::*_distribution) are used,
// so the output is byte-identical wherever the program is built.
//
// The text is Indonesian-looking government prose: words derived from ~650
// roots with the real affix rules (peN-an with nasal assimilation, meN-,
// meN-kan, meN-i, di-, ber-, ter-, ke-an, per-an, reduplication), drawn from
// Zipf-Mandelbrot tables (alias method) and poured into sentence templates
// full of function words, acronyms and figures. See vocab.h for the data.

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vocab.h"

#ifndef JIPP_DATA_DIR
#define JIPP_DATA_DIR "data"
#endif

namespace {

[[noreturn]] void fail(const std::string& msg) {
  std::fprintf(stderr, "gen-corpus: %s\n", msg.c_str());
  std::exit(2);
}

// ---------------------------------------------------------------------------
// PRNG: splitmix64 for seeding, xoshiro256** for the stream.

constexpr uint64_t kGolden = 0x9E3779B97F4A7C15ULL;

inline uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

struct Rng {
  uint64_t s[4];
  explicit Rng(uint64_t seed) {
    uint64_t x = seed;
    for (uint64_t& v : s) {
      x += kGolden;
      v = mix64(x);
    }
  }
  static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  inline uint64_t next() {
    const uint64_t result = rotl(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
  }
  // Uniform in [0, n), n < 2^32 (multiply-shift; the bias is < n / 2^32).
  inline uint32_t below(uint32_t n) {
    return static_cast<uint32_t>(((next() >> 32) * static_cast<uint64_t>(n)) >> 32);
  }
  inline uint32_t range(uint32_t lo, uint32_t hi) { return lo + below(hi - lo + 1); }
  inline bool pct(uint32_t p) { return below(100) < p; }
};

// Walker/Vose alias table over fixed weights: one PRNG call per sample.
struct Alias {
  std::vector<uint32_t> thr;
  std::vector<uint32_t> alias;
  uint32_t n = 0;

  void build(const std::vector<double>& w) {
    n = static_cast<uint32_t>(w.size());
    if (n == 0) fail("internal: empty alias table");
    double sum = 0;
    for (double x : w) sum += x;
    std::vector<double> p(n);
    for (uint32_t i = 0; i < n; ++i) p[i] = w[i] * n / sum;
    thr.assign(n, UINT32_MAX);
    alias.resize(n);
    std::vector<uint32_t> small, large;
    for (uint32_t i = 0; i < n; ++i) {
      alias[i] = i;
      (p[i] < 1.0 ? small : large).push_back(i);
    }
    while (!small.empty() && !large.empty()) {
      const uint32_t l = small.back();
      small.pop_back();
      const uint32_t g = large.back();
      large.pop_back();
      thr[l] = static_cast<uint32_t>(p[l] * 4294967296.0);
      alias[l] = g;
      p[g] = (p[g] + p[l]) - 1.0;
      (p[g] < 1.0 ? small : large).push_back(g);
    }
    // Whatever is left has probability ~1 of keeping its own index.
    for (uint32_t i : small) thr[i] = UINT32_MAX, alias[i] = i;
    for (uint32_t i : large) thr[i] = UINT32_MAX, alias[i] = i;
  }
  void build_zipf(uint32_t count, double q) {  // weight 1 / (rank + q)
    std::vector<double> w(count);
    for (uint32_t k = 0; k < count; ++k) w[k] = 1.0 / (k + q);
    build(w);
  }
  inline uint32_t operator()(Rng& r) const {
    const uint64_t x = r.next();
    const uint32_t i = static_cast<uint32_t>(((x >> 32) * n) >> 32);
    return static_cast<uint32_t>(x) < thr[i] ? i : alias[i];
  }
};

// ---------------------------------------------------------------------------
// Text arena: every fixed string the generator writes lives in one buffer.

std::string g_text;
const char* g_T = nullptr;  // g_text.data() once start-up is over

struct Str {
  uint32_t off = 0;
  uint32_t len = 0;
};

bool json_plain(const std::string& s) {
  for (unsigned char c : s)
    if (c < 0x20 || c == '"' || c == '\\') return false;
  return true;
}

Str intern(const std::string& s) {
  if (!json_plain(s)) fail("internal: vocabulary text needs JSON escaping: " + s);
  Str r{static_cast<uint32_t>(g_text.size()), static_cast<uint32_t>(s.size())};
  g_text += s;
  return r;
}

std::string json_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) break;
    start = pos + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Morphology.

inline bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Syllables = vowels, except that a final ai/au/oi is one (pakai, imbau);
// inner vowel pairs are two (bu.at, na.ik, si.ap).
int syllables(const std::string& r) {
  int n = 0;
  for (char c : r) n += is_vowel(c);
  const size_t k = r.size();
  if (k >= 2 && (r.compare(k - 2, 2, "ai") == 0 || r.compare(k - 2, 2, "au") == 0 || r.compare(k - 2, 2, "oi") == 0))
    --n;
  return n;
}

// meN-/peN- + root with nasal assimilation; base is "me" or "pe".
std::string nasal(const char* base, const std::string& r) {
  const std::string b(base);
  if (syllables(r) == 1) return b + "nge" + r;  // cek -> mengecek, sah -> pengesahan
  const char c = r[0];
  const bool cluster = r.size() > 1 && !is_vowel(r[1]);  // proses, klaim, syarat
  if (is_vowel(c)) return b + "ng" + r;
  switch (c) {
    case 'k': return b + "ng" + (cluster ? r : r.substr(1));
    case 'g': case 'h': case 'q': case 'x': return b + "ng" + r;
    case 'p': return b + "m" + (cluster ? r : r.substr(1));
    case 'b': case 'f': case 'v': return b + "m" + r;
    case 't': return b + "n" + (cluster ? r : r.substr(1));
    case 'd': case 'c': case 'j': case 'z': return b + "n" + r;
    case 's': return cluster ? b + "n" + r : b + "ny" + r.substr(1);
    default: return b + r;  // l m n r w y
  }
}

// ber-/ter-/per- + root: the r drops before r- (rencana -> berencana,
// perumahan, terekam) and, for ber-/per-, before a native first syllable
// ker-/ter-/per- (ternak -> beternak, peternakan).
std::string ber_like(const char* base /* "be", "te", "pe" */, const std::string& r) {
  const bool er = base[0] != 't' && r.size() > 3 &&
                  (r.compare(0, 3, "ker") == 0 || r.compare(0, 3, "ter") == 0 || r.compare(0, 3, "per") == 0) &&
                  !is_vowel(r[3]);
  const bool drop = r[0] == 'r' || er;
  return std::string(base) + (drop ? "" : "r") + r;
}

struct WordList {
  std::vector<std::string> words;
  std::unordered_set<std::string> seen;
  void add(const std::string& w) {
    if (seen.insert(w).second) words.push_back(w);
  }
};

struct Lexicon {
  WordList nouns, active, passive, stative, adjectives, plurals;
};

void derive(const std::string& root, const std::string& flags, Lexicon& lx) {
  for (char f : flags) {
    switch (f) {
      case 'n': lx.nouns.add(root); break;
      case 'a': lx.adjectives.add(root); break;
      case 'N': lx.nouns.add(nasal("pe", root) + "an"); break;
      case 'E': lx.nouns.add(nasal("pe", root)); break;
      case 'P': lx.nouns.add(ber_like("pe", root) + "an"); break;
      case 'K': lx.nouns.add("ke" + root + "an"); break;
      case 'A': lx.nouns.add(root + "an"); break;
      case 'R':
        lx.plurals.add(root + "-" + root);
        lx.nouns.add(root + "-" + root);
        break;
      case 'M':
        lx.active.add(nasal("me", root));
        lx.passive.add("di" + root);
        break;
      case 'V': lx.active.add(nasal("me", root)); break;
      case 'm':
        lx.active.add(nasal("me", root) + "kan");
        lx.passive.add("di" + root + "kan");
        break;
      case 'I':
        lx.active.add(nasal("me", root) + "i");
        lx.passive.add("di" + root + "i");
        break;
      case 'O':
        lx.active.add("mem" + ber_like("pe", root));
        lx.passive.add("di" + ber_like("pe", root));
        break;
      case 'B': lx.stative.add(ber_like("be", root)); break;
      case 'T': lx.stative.add(ber_like("te", root)); break;
      default: fail("internal: bad root flag in " + root + ":" + flags);
    }
  }
}

// ---------------------------------------------------------------------------
// Zipf tables of interned words.

struct Table {
  std::vector<Str> items;
  Alias pick;
  inline Str operator()(Rng& r) const { return items[pick(r)]; }
};

// Head words first (they must exist in `list`), then the rest of the list in
// a fixed shuffled order; weights 1/(rank + q).
template <size_t H>
void build_table(Table& t, const WordList& list, const char* const (&head)[H], uint64_t salt,
                 double q) {
  std::vector<std::string> order;
  std::unordered_set<std::string> used;
  for (const char* h : head) {
    if (!list.seen.count(h)) fail(std::string("internal: head word not derived: ") + h);
    if (used.insert(h).second) order.push_back(h);
  }
  std::vector<std::string> rest;
  for (const std::string& w : list.words)
    if (!used.count(w)) rest.push_back(w);
  Rng r(salt);
  for (size_t i = rest.size(); i > 1; --i) std::swap(rest[i - 1], rest[r.below(static_cast<uint32_t>(i))]);
  order.insert(order.end(), rest.begin(), rest.end());
  for (const std::string& w : order) t.items.push_back(intern(w));
  t.pick.build_zipf(static_cast<uint32_t>(t.items.size()), q);
}

void build_plain(Table& t, const std::vector<std::string>& words, double q) {
  for (const std::string& w : words) t.items.push_back(intern(w));
  t.pick.build_zipf(static_cast<uint32_t>(t.items.size()), q);
}

// ---------------------------------------------------------------------------
// Templates: parsed once into a flat op array.

enum SlotId : uint8_t {
  S_N, S_NP, S_T, S_A, S_VA, S_VP, S_VB, S_ADV, S_PL, S_PPL, S_ACR, S_INN, S_AG, S_AGS,
  S_REG, S_RS, S_OREG, S_REGL, S_SRC, S_PCT, S_PCTUP, S_PCTDN, S_DUR, S_RP, S_CNT, S_NUM,
  S_YR, S_SCORE, S_TH, S_TN, S_TMOD, S_COUNT
};
const char* const kSlotNames[S_COUNT] = {
  "N", "NP", "T", "A", "VA", "VP", "VB", "ADV", "PL", "PPL", "ACR", "INN", "AG", "AGS",
  "REG", "RS", "OREG", "REGL", "SRC", "PCT", "PCTUP", "PCTDN", "DUR", "RP", "CNT", "NUM",
  "YR", "SCORE", "TH", "TN", "TMOD"};

enum OpKind : uint8_t { OP_LIT, OP_SLOT, OP_ALT };
struct Op {
  uint8_t kind;
  uint8_t slot;
  uint32_t a;  // LIT: text offset; ALT: first alternative in g_alts
  uint32_t b;  // LIT: length; ALT: number of alternatives
};
struct Seq {
  uint32_t begin;
  uint32_t end;
};

std::vector<Op> g_ops;
std::vector<Seq> g_alts;

Seq parse_seq(const char*& s, bool in_alt, const char* whole) {
  std::vector<Op> local;
  std::string lit;
  auto flush = [&] {
    if (!lit.empty()) {
      const Str t = intern(lit);
      local.push_back(Op{OP_LIT, 0, t.off, t.len});
      lit.clear();
    }
  };
  while (*s) {
    const char c = *s;
    if (in_alt && (c == '|' || c == ')')) break;
    if (c == '{') {
      flush();
      const char* e = std::strchr(s, '}');
      if (!e) fail(std::string("internal: unterminated slot in template: ") + whole);
      const std::string name(s + 1, e);
      int id = -1;
      for (int k = 0; k < S_COUNT; ++k)
        if (name == kSlotNames[k]) id = k;
      if (id < 0) fail("internal: unknown slot {" + name + "} in template: " + whole);
      local.push_back(Op{OP_SLOT, static_cast<uint8_t>(id), 0, 0});
      s = e + 1;
    } else if (c == '(') {
      flush();
      ++s;
      std::vector<Seq> options;
      for (;;) {
        options.push_back(parse_seq(s, true, whole));
        if (*s == '|') {
          ++s;
          continue;
        }
        if (*s == ')') {
          ++s;
          break;
        }
        fail(std::string("internal: unterminated alternative in template: ") + whole);
      }
      const uint32_t first = static_cast<uint32_t>(g_alts.size());
      g_alts.insert(g_alts.end(), options.begin(), options.end());
      local.push_back(Op{OP_ALT, 0, first, static_cast<uint32_t>(options.size())});
    } else {
      lit += c;
      ++s;
    }
  }
  flush();
  const uint32_t b = static_cast<uint32_t>(g_ops.size());
  g_ops.insert(g_ops.end(), local.begin(), local.end());
  return Seq{b, static_cast<uint32_t>(g_ops.size())};
}

Seq parse_template(const char* t) {
  const char* s = t;
  const Seq r = parse_seq(s, false, t);
  if (*s) fail(std::string("internal: stray ')' or '|' in template: ") + t);
  return r;
}

template <size_t K>
std::vector<Seq> parse_all(const char* const (&ts)[K]) {
  std::vector<Seq> v;
  for (const char* t : ts) v.push_back(parse_template(t));
  return v;
}

// ---------------------------------------------------------------------------
// Regions.

struct Region {
  std::string name;   // JSON-escaped, e.g. "Kabupaten Sleman"
  std::string brief;  // without "Kabupaten "/"Kota ", e.g. "Sleman"
  bool kota = false;
  uint32_t prov = 0;
};
struct Province {
  std::string code;
  std::string name;  // JSON-escaped official name
  std::vector<uint32_t> regions;
};

void load_regions(const std::string& path_in, std::vector<Province>& provs, std::vector<Region>& regs) {
  std::string path = path_in;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) path += "/regions.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read regions file '" + path + "': " + std::strerror(errno));
  std::unordered_map<std::string, uint32_t> by_code;
  auto province_for = [&](const std::string& code, const std::string& name) -> uint32_t {
    auto it = by_code.find(code);
    if (it != by_code.end()) return it->second;
    const uint32_t idx = static_cast<uint32_t>(provs.size());
    provs.push_back(Province{code, json_escape(name), {}});
    by_code.emplace(code, idx);
    return idx;
  };
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (lineno == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = split(line, '\t');
    const std::string where = path + ":" + std::to_string(lineno) + ": ";
    if (f.size() != 5) fail(where + "expected 5 tab-separated fields (code, name, kind, province_code, province)");
    for (const std::string& x : f)
      if (x.empty()) fail(where + "empty field");
    if (f[2] == "provinsi") {
      const uint32_t p = province_for(f[0], f[1]);
      provs[p].name = json_escape(f[1]);  // the province's own line names it
    } else if (f[2] == "kabupaten" || f[2] == "kota") {
      Region r;
      r.name = json_escape(f[1]);
      std::string b = f[1];
      for (const char* pre : {"Kabupaten ", "Kota "})
        if (b.compare(0, std::strlen(pre), pre) == 0 && b.size() > std::strlen(pre)) b.erase(0, std::strlen(pre));
      if (b.compare(0, 12, "Administrasi") == 0 && b.size() > 13) b.erase(0, 13);
      r.brief = json_escape(b);
      r.kota = f[2] == "kota";
      r.prov = province_for(f[3], f[4]);
      provs[r.prov].regions.push_back(static_cast<uint32_t>(regs.size()));
      regs.push_back(std::move(r));
    } else {
      fail(where + "unknown kind '" + f[2] + "' (want provinsi, kabupaten or kota)");
    }
  }
  if (in.bad()) fail("cannot read regions file '" + path + "': " + std::strerror(errno));
  if (regs.empty()) fail("regions file '" + path + "' lists no kabupaten/kota");
}

// ---------------------------------------------------------------------------
// Global model, built once.

struct Cat {
  Str name;
  Table topics;
  std::vector<Str> people;
  std::vector<std::string> regional, provincial, national;
  std::vector<Str> tags;
};

struct Model {
  Table nouns, active, passive, stative, adjectives, plurals, acronyms, people;
  std::vector<Str> adverbs, places, title_heads, catchy, name_prefixes, name_suffixes;
  std::vector<Str> general_tags;
  std::vector<std::string> general_regional;
  std::unordered_set<std::string> title_lower;
  std::vector<Cat> cats;
  Alias cat_pick, year_pick, prov_pick;
  std::vector<uint32_t> prov_order;  // prov_pick index -> province
  std::vector<Seq> summary, background, how, result, sustain, generic, title_phrases, title_mods;
  std::vector<Province> provs;
  std::vector<Region> regs;
  size_t distinct_words = 0;
};

Model g;

template <size_t K>
std::vector<Str> intern_all(const char* const (&ws)[K]) {
  std::vector<Str> v;
  for (const char* w : ws) v.push_back(intern(w));
  return v;
}

void build_model(uint64_t seed, const std::string& regions_path, bool quiet_regions) {
  Lexicon lx;
  for (const char* entry : vocab::kRoots) {
    const std::string e(entry);
    const size_t colon = e.rfind(':');
    if (colon == std::string::npos) fail("internal: root without flags: " + e);
    derive(e.substr(0, colon), e.substr(colon + 1), lx);
  }
  for (const char* entry : vocab::kIrregular) {
    const std::string e(entry);
    const size_t colon = e.rfind(':');
    const std::string w = e.substr(0, colon);
    switch (e[colon + 1]) {
      case 'n': lx.nouns.add(w); break;
      case 'a': lx.adjectives.add(w); break;
      case 'v': lx.active.add(w); break;
      case 'p': lx.passive.add(w); break;
      case 'b': lx.stative.add(w); break;
      default: fail("internal: bad irregular class: " + e);
    }
  }
  for (const char* a : vocab::kAcronyms) lx.nouns.add(a);

  build_table(g.nouns, lx.nouns, vocab::kHeadNouns, 0x6E6F756E73ULL, 2.7);
  build_table(g.active, lx.active, vocab::kHeadActive, 0x616374697665ULL, 2.7);
  build_table(g.passive, lx.passive, vocab::kHeadPassive, 0x70617373ULL, 2.7);
  build_table(g.stative, lx.stative, vocab::kHeadStative, 0x73746174ULL, 2.7);
  build_table(g.adjectives, lx.adjectives, vocab::kHeadAdjectives, 0x61646A73ULL, 2.7);
  build_plain(g.plurals, lx.plurals.words, 1.0);
  {
    std::vector<std::string> v(std::begin(vocab::kAcronyms), std::end(vocab::kAcronyms));
    build_plain(g.acronyms, v, 2.0);
    std::vector<std::string> pp(std::begin(vocab::kPeople), std::end(vocab::kPeople));
    build_plain(g.people, pp, 1.5);
  }
  g.adverbs = intern_all(vocab::kAdverbs);
  g.title_heads = intern_all(vocab::kTitleHeads);
  g.catchy = intern_all(vocab::kCatchy);
  g.name_prefixes = intern_all(vocab::kNamePrefixes);
  g.name_suffixes = intern_all(vocab::kNameSuffixes);
  g.general_tags = intern_all(vocab::kGeneralTags);
  for (const char* t : vocab::kTitleLower) g.title_lower.insert(t);
  for (const char* k : vocab::kGeneralRegional) g.general_regional.push_back(k);
  for (const char* pre : vocab::kPlacePrefixes)
    for (const char* suf : vocab::kPlaceSuffixes) {
      std::string p(pre);
      std::string s(suf);
      if (!p.empty() && p.back() == '+') {
        p.pop_back();
        g.places.push_back(intern(p + s));
      } else {
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
        g.places.push_back(intern(p + " " + s));
      }
    }

  std::vector<double> cw;
  for (const vocab::Category& c : vocab::kCategories) {
    Cat cat;
    cat.name = intern(c.name);
    build_plain(cat.topics, split(c.topics, ';'), 1.0);
    for (const std::string& s : split(c.people, ';')) cat.people.push_back(intern(s));
    cat.regional = split(c.regional, ';');
    cat.provincial = split(c.provincial, ';');
    cat.national = split(c.national, ';');
    for (const std::string& s : split(c.tags, ';')) cat.tags.push_back(intern(s));
    for (const auto* list : {&cat.regional, &cat.provincial, &cat.national})
      for (const std::string& k : *list)
        if (!json_plain(k)) fail("internal: agency kind needs escaping: " + k);
    g.cats.push_back(std::move(cat));
    cw.push_back(c.weight);
  }
  g.cat_pick.build(cw);
  std::vector<double> yw;
  for (int y = 2014; y <= 2025; ++y) yw.push_back(y - 2013);  // recent years more common
  g.year_pick.build(yw);

  g.summary = parse_all(vocab::kSummary);
  g.background = parse_all(vocab::kBackground);
  g.how = parse_all(vocab::kHow);
  g.result = parse_all(vocab::kResult);
  g.sustain = parse_all(vocab::kSustain);
  g.generic = parse_all(vocab::kGeneric);
  g.title_phrases = parse_all(vocab::kTitlePhrases);
  g.title_mods = parse_all(vocab::kTitleMods);

  // Distinct word forms the generator can write (for the report).
  {
    std::unordered_set<std::string> all;
    auto add_words = [&](const std::string& s) {  // skips {SLOT} names
      std::string w;
      bool in_slot = false;
      for (char ch : s) {
        if (ch == '{') in_slot = true;
        if (in_slot || std::strchr(" ,.:;()|", ch)) {
          if (!w.empty()) all.insert(w);
          w.clear();
        } else {
          w += ch;
        }
        if (ch == '}') in_slot = false;
      }
      if (!w.empty()) all.insert(w);
    };
    for (const WordList* wl : {&lx.nouns, &lx.active, &lx.passive, &lx.stative, &lx.adjectives})
      for (const std::string& w : wl->words) add_words(w);
    for (const vocab::Category& c : vocab::kCategories) {
      add_words(c.topics);
      add_words(c.people);
    }
    auto add_all = [&](const auto& arr) {
      for (const char* t : arr) add_words(t);
    };
    add_all(vocab::kSummary);
    add_all(vocab::kBackground);
    add_all(vocab::kHow);
    add_all(vocab::kResult);
    add_all(vocab::kSustain);
    add_all(vocab::kGeneric);
    add_all(vocab::kPeople);
    add_all(vocab::kAdverbs);
    g.distinct_words = all.size();
  }

  if (!quiet_regions) {
    load_regions(regions_path, g.provs, g.regs);
    // Provinces: Zipf over a seeded shuffled order.
    const uint32_t np = static_cast<uint32_t>(g.provs.size());
    g.prov_order.resize(np);
    for (uint32_t i = 0; i < np; ++i) g.prov_order[i] = i;
    Rng r(mix64(seed ^ 0x70726F76696E6365ULL));
    for (uint32_t i = np; i > 1; --i) std::swap(g.prov_order[i - 1], g.prov_order[r.below(i)]);
    g.prov_pick.build_zipf(np, 1.0);
  }
  g_T = g_text.data();
}

// ---------------------------------------------------------------------------
// Record generation.

const char* const kSources[] = {"KIPP", "IGA", "InoLAN"};
const char* const kSourceNames[] = {
  "Kompetisi Inovasi Pelayanan Publik (KIPP)", "Innovative Government Award (IGA)",
  "Inovasi Administrasi Negara (InoLAN)"};

struct Buf {  // small fixed buffer for per-record strings
  char d[640];
  uint32_t n = 0;
  void clear() { n = 0; }
  void add(const char* s, size_t len) {
    if (n + len > sizeof d) len = sizeof d - n;
    std::memcpy(d + n, s, len);
    n += static_cast<uint32_t>(len);
  }
  void add(const std::string& s) { add(s.data(), s.size()); }
  void add(Str s) { add(g_T + s.off, s.len); }
};

struct Gen {
  Rng rng{0};
  char* p = nullptr;
  // per-record context
  const Cat* cat = nullptr;
  int level = 0;  // 0 kabupaten/kota, 1 provincial, 2 national
  int prov = -1;
  int region = -1;
  uint32_t year = 2020;
  uint32_t source = 0;
  Str place;
  Buf ag, ags, inn;
  uint32_t rep[4];
  uint32_t nrep = 0;
  Str tags[5];
  uint32_t ntags = 0;
  uint32_t tn_used[2] = {UINT32_MAX, UINT32_MAX};
  uint32_t last_acr = UINT32_MAX;

  inline void put(const char* s, size_t n) {
    std::memcpy(p, s, n);
    p += n;
  }
  inline void put(const char* s) { put(s, std::strlen(s)); }
  inline void put(Str s) { put(g_T + s.off, s.len); }
  inline void put(const std::string& s) { put(s.data(), s.size()); }
  inline void put(const Buf& b) { put(b.d, b.n); }
  inline void putc(char c) { *p++ = c; }

  void put_uint(uint64_t v) {
    char tmp[24];
    int k = 0;
    do {
      tmp[k++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v);
    while (k) *p++ = tmp[--k];
  }
  void put_grouped(uint64_t v) {  // 1250000 -> 1.250.000
    char tmp[32];
    int k = 0, digits = 0;
    do {
      if (digits && digits % 3 == 0) tmp[k++] = '.';
      tmp[k++] = static_cast<char>('0' + v % 10);
      v /= 10;
      ++digits;
    } while (v);
    while (k) *p++ = tmp[--k];
  }

  void run(Seq s) {
    for (uint32_t i = s.begin; i < s.end; ++i) {
      const Op& o = g_ops[i];
      switch (o.kind) {
        case OP_LIT: put(g_T + o.a, o.b); break;
        case OP_SLOT: slot(o.slot); break;
        default: run(g_alts[o.a + rng.below(o.b)]); break;
      }
    }
  }

  inline Str topic() { return cat->topics(rng); }
  inline Str noun_or_topic(uint32_t topic_pct) { return rng.pct(topic_pct) ? topic() : g.nouns(rng); }

  // True for a plain lower-case word that can take -nya (not KTP-el, UMKM).
  static bool takes_nya(Str w) {
    const char* t = g_T + w.off;
    for (uint32_t k = 0; k < w.len; ++k)
      if (!(t[k] >= 'a' && t[k] <= 'z') && t[k] != ' ') return false;
    return true;
  }

  void noun_phrase() {
    const uint32_t r = rng.below(100);
    Str last = noun_or_topic(35);
    put(last);
    bool last_noun = true;
    if (r >= 35) {
      putc(' ');
      if (r < 80 && rng.pct(25)) {
        put(g.adjectives(rng));
        last_noun = false;
      } else {
        const uint32_t first = last.off;
        for (int k = 0; k < 3 && last.off == first; ++k) last = noun_or_topic(30);  // no "lahan lahan"
        put(last);
      }
      if (r >= 80) {
        putc(' ');
        const uint32_t k = rng.below(4);
        if (k < 2) {
          put(g.adjectives(rng));
          last_noun = false;
        } else if (k == 2) {
          put(g.stative(rng));
          last_noun = false;
        } else {
          const uint32_t prev = last.off;
          for (int t = 0; t < 3 && last.off == prev; ++t) last = g.nouns(rng);
          put(last);
          last_noun = true;
        }
      }
    }
    if (last_noun && rng.pct(3) && takes_nya(last)) put("nya", 3);  // pelayanannya
  }

  void region_list() {  // "A", "A dan B", "A, B, dan C"
    uint32_t idx[4];
    uint32_t n = nrep;
    if (n) {
      for (uint32_t i = 0; i < n; ++i) idx[i] = rep[i];
    } else {
      n = 1 + rng.below(3);
      for (uint32_t i = 0; i < n; ++i) idx[i] = rng.below(static_cast<uint32_t>(g.regs.size()));
    }
    for (uint32_t i = 0; i < n; ++i) {
      if (i) put(i + 1 == n ? (n > 2 ? ", dan " : " dan ") : ", ");
      put(g.regs[idx[i]].name);
    }
  }

  void regulation() {
    const uint32_t y = year - rng.below(3);
    const uint32_t num = rng.range(1, 60);
    if (level == 2) {
      put(rng.pct(50) ? "Peraturan Menteri" : (rng.pct(50) ? "Keputusan Menteri" : "Surat Edaran Menteri"));
    } else if (level == 1 || region < 0) {
      put(rng.pct(60) ? "Peraturan Gubernur " : "Keputusan Gubernur ");
      put(g.provs[prov].name);
    } else {
      const Region& r = g.regs[region];
      const uint32_t k = rng.below(10);
      if (k < 7) {
        put(k < 5 ? "Peraturan " : "Keputusan ");
        put(r.kota ? "Wali Kota " : "Bupati ");
        put(r.brief);
      } else {
        put("Keputusan Kepala ");
        put(ags);
      }
    }
    put(" Nomor ", 7);
    put_uint(num);
    put(" Tahun ", 7);
    put_uint(y);
  }

  void percent() {
    put_uint(rng.range(5, 97));
    if (rng.pct(30)) {
      putc(',');
      put_uint(rng.range(1, 9));
    }
    putc('%');
  }

  void rupiah() {
    put("Rp ", 3);
    const uint32_t k = rng.below(10);
    if (k < 2) {
      put_grouped(static_cast<uint64_t>(rng.range(5, 950)) * 1000);
    } else if (k < 7) {
      const uint32_t v = rng.range(1, 950);
      put_uint(v);
      if (v < 10 && rng.pct(50)) {
        putc(',');
        put_uint(rng.range(1, 9));
      }
      put(" juta", 5);
    } else {
      const uint32_t v = rng.range(1, 25);
      put_uint(v);
      if (v < 10 && rng.pct(60)) {
        putc(',');
        put_uint(rng.range(1, 9));
      }
      put(" miliar", 7);
    }
  }

  void duration() {
    static const char* const kU[][2] = {
      {"hari", "hari"}, {"hari", "hari"}, {"hari kerja", "hari kerja"}, {"hari", "jam"},
      {"jam", "menit"}, {"minggu", "hari"}, {"bulan", "hari"}, {"bulan", "minggu"}};
    const uint32_t k = rng.below(8);
    uint32_t a = 0, b = 0;
    switch (k) {
      case 0: case 1: case 2: a = rng.range(3, 30); b = rng.range(1, a > 6 ? 5 : a - 1); break;
      case 3: a = rng.range(2, 14); b = rng.range(1, 24); break;
      case 4: a = rng.range(2, 8); b = rng.range(5, 45); break;
      case 5: a = rng.range(2, 6); b = rng.range(1, 5); break;
      case 6: a = rng.range(1, 6); b = rng.range(1, 14); break;
      default: a = rng.range(2, 6); b = rng.range(1, 3); break;
    }
    put("dari ", 5);
    put_uint(a);
    putc(' ');
    put(kU[k][0]);
    put(" menjadi ", 9);
    put_uint(b);
    putc(' ');
    put(kU[k][1]);
  }

  void slot(uint8_t id) {
    switch (id) {
      case S_N: put(noun_or_topic(30)); break;
      case S_NP: noun_phrase(); break;
      case S_T: put(topic()); break;
      case S_A: put(g.adjectives(rng)); break;
      case S_VA: put(g.active(rng)); break;
      case S_VP: put(g.passive(rng)); break;
      case S_VB: put(g.stative(rng)); break;
      case S_ADV: put(g.adverbs[rng.below(static_cast<uint32_t>(g.adverbs.size()))]); break;
      case S_PL: put(g.plurals(rng)); break;
      case S_PPL:
        if (rng.pct(45)) put(cat->people[rng.below(static_cast<uint32_t>(cat->people.size()))]);
        else put(g.people(rng));
        break;
      case S_ACR: {  // "BUMDes, Puskesmas, dan ..." without repeats
        Str w = g.acronyms(rng);
        for (int t = 0; t < 3 && w.off == last_acr; ++t) w = g.acronyms(rng);
        last_acr = w.off;
        put(w);
        break;
      }
      case S_INN: put(inn); break;
      case S_AG: put(ag); break;
      case S_AGS: put(ags); break;
      case S_REG:
        if (region >= 0) {
          put(g.regs[region].name);
        } else if (level == 1) {
          put("Provinsi ", 9);
          put(g.provs[prov].name);
        } else {
          put(rng.pct(50) ? "seluruh Indonesia" : "berbagai daerah");
        }
        break;
      case S_RS:
        if (region >= 0) put(g.regs[region].brief);
        else if (level == 1) put(g.provs[prov].name);
        else put("Indonesia", 9);
        break;
      case S_OREG: region_list(); break;
      case S_REGL: regulation(); break;
      case S_SRC: put(kSourceNames[source]); break;
      case S_PCT: percent(); break;
      case S_PCTUP: {
        const uint32_t a = rng.range(10, 70), b = rng.range(a + 5, 99);
        put("dari ", 5);
        put_uint(a);
        put("% menjadi ", 10);
        put_uint(b);
        putc('%');
        break;
      }
      case S_PCTDN: {
        const uint32_t a = rng.range(15, 60), b = rng.range(1, a - 5);
        put("dari ", 5);
        put_uint(a);
        put("% menjadi ", 10);
        put_uint(b);
        putc('%');
        break;
      }
      case S_DUR: duration(); break;
      case S_RP: rupiah(); break;
      case S_CNT: {
        const uint32_t k = rng.below(10);
        put_grouped(k < 3 ? rng.range(20, 999) : (k < 8 ? rng.range(1000, 99999) : rng.range(100000, 950000)));
        break;
      }
      case S_NUM: put_uint(rng.range(2, 30)); break;
      case S_YR: put_uint(year - rng.below(year > 2016 ? 4 : 2)); break;
      case S_SCORE:
        put_uint(rng.range(72, 96));
        putc(',');
        put_uint(rng.range(10, 99));
        break;
      case S_TH: put(g.title_heads[rng.below(static_cast<uint32_t>(g.title_heads.size()))]); break;
      case S_TN: {  // title nouns: never the same one twice in a title
        Str w = noun_or_topic(65);
        for (int k = 0; k < 4 && (w.off == tn_used[0] || w.off == tn_used[1]); ++k) w = noun_or_topic(65);
        tn_used[1] = tn_used[0];
        tn_used[0] = w.off;
        put(w);
        break;
      }
      case S_TMOD: run(g.title_mods[rng.below(static_cast<uint32_t>(g.title_mods.size()))]); break;
      default: break;
    }
  }

  static uint32_t count_words(const char* s, const char* e) {
    uint32_t n = (s < e) ? 1 : 0;
    for (const char* q = s; q < e; ++q) n += (*q == ' ');
    return n;
  }
  static inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

  void title_case(char* s, char* e) const {
    bool first = true;
    while (s < e) {
      char* w = s;
      while (s < e && *s != ' ') ++s;
      const std::string word(w, s);
      const bool keep_lower = !first && g.title_lower.count(word);
      const bool e_prefix = (s - w) > 2 && w[0] == 'e' && w[1] == '-';  // e-KTP, e-Kinerja
      if (!keep_lower && !e_prefix) *w = upper(*w);
      first = false;
      while (s < e && *s == ' ') ++s;
    }
  }

  // First syllable of a word, upper-cased, into out; returns its length.
  static size_t syllable(const char* w, size_t n, char* out) {
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    size_t i = 0;
    while (i < n && alpha(w[i]) && !is_vowel(lower(w[i]))) ++i;
    if (i >= n || !alpha(w[i])) i = n < 2 ? n : 2;
    else {
      ++i;  // the vowel
      if (i < n && alpha(w[i]) && !is_vowel(lower(w[i])) && (i + 1 >= n || !is_vowel(lower(w[i + 1])))) ++i;
    }
    for (size_t k = 0; k < i; ++k) out[k] = upper(w[k]);
    return i;
  }

  // True if two neighbouring words are the same.
  static bool repeats_word(const char* s, const char* e) {
    const char* prev = nullptr;
    size_t prev_len = 0;
    while (s < e) {
      const char* w = s;
      while (s < e && *s != ' ') ++s;
      const size_t len = static_cast<size_t>(s - w);
      if (prev && len == prev_len && std::memcmp(prev, w, len) == 0) return true;
      prev = w;
      prev_len = len;
      while (s < e && *s == ' ') ++s;
    }
    return false;
  }

  void make_name(const char* phrase, const char* phrase_end) {
    inn.clear();
    const uint32_t style = rng.below(100);
    if (style < 35) {  // acronym from the title phrase: "Layanan Jemput Bola Akta" -> LAJEMBO
      char acr[40];
      size_t n = 0;
      int words = 0;
      const char* s = phrase;
      while (s < phrase_end && words < 3) {
        const char* w = s;
        while (s < phrase_end && *s != ' ') ++s;
        const std::string word(w, s);
        while (s < phrase_end && *s == ' ') ++s;
        std::string lw = word;
        for (char& c : lw) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        if (g.title_lower.count(lw) || !((word[0] >= 'A' && word[0] <= 'Z'))) continue;
        if (n + 8 > sizeof acr) break;
        n += syllable(word.data(), word.size(), acr + n);
        ++words;
      }
      if (n >= 4 && words >= 2) {
        if (rng.pct(25)) inn.add("SI", 2);
        inn.add(acr, n);
        if (rng.pct(10)) inn.add(g.name_suffixes[rng.below(static_cast<uint32_t>(g.name_suffixes.size()))]);
        return;
      }
    } else if (style < 55) {  // e-Retribusi, e-Posyandu
      for (int attempt = 0; attempt < 4; ++attempt) {
        const Str w = noun_or_topic(60);
        const char* t = g_T + w.off;
        if (std::memchr(t, ' ', w.len) || std::memchr(t, '-', w.len) || w.len > 14) continue;
        inn.add("e-", 2);
        inn.add(w);
        inn.d[2] = upper(inn.d[2]);
        return;
      }
    }
    // Catchy: "SI PANDAI", "GERCEP", "GO-SEHATI 4.0", "JEMPOL SAKTI"
    inn.add(g.name_prefixes[rng.below(static_cast<uint32_t>(g.name_prefixes.size()))]);
    const uint32_t nc = static_cast<uint32_t>(g.catchy.size());
    const uint32_t c1 = rng.below(nc);
    inn.add(g.catchy[c1]);
    if (rng.pct(12)) {  // JEMPOL SAKTI
      inn.add(" ", 1);
      inn.add(g.catchy[(c1 + 1 + rng.below(nc - 1)) % nc]);
    } else if (rng.pct(12)) {
      inn.add(g.name_suffixes[rng.below(static_cast<uint32_t>(g.name_suffixes.size()))]);
    }
  }

  void title() {
    char* start = p;
    for (int attempt = 0; attempt < 12; ++attempt) {
      p = start;
      // The phrase goes to a scratch area past the title, then is copied.
      char* ph = start + 1024;
      char* saved = p;
      p = ph;
      tn_used[0] = tn_used[1] = UINT32_MAX;
      run(g.title_phrases[rng.below(static_cast<uint32_t>(g.title_phrases.size()))]);
      char* ph_end = p;
      p = saved;
      title_case(ph, ph_end);
      if (repeats_word(ph, ph_end)) continue;  // "Pelayanan Pelayanan", "UMKM UMKM"
      make_name(ph, ph_end);
      const std::string phrase(ph, ph_end);  // copy: the title overwrites the scratch
      const uint32_t fmt = rng.below(100);
      if (fmt < 62) {
        put(inn);
        put(": ", 2);
        put(phrase);
      } else if (fmt < 77) {
        put(inn);
        put(" (", 2);
        put(phrase);
        putc(')');
      } else if (fmt < 90) {
        put(phrase);
        put(" (", 2);
        put(inn);
        putc(')');
      } else {
        put(phrase);
      }
      const uint32_t w = count_words(start, p);
      if (w >= 4 && w <= 12) return;
    }
    p = start;  // fallback, always 5-7 words
    put(inn);
    put(": Inovasi Pelayanan Publik Terpadu");
  }

  void sentence(const std::vector<Seq>& group) {
    char* s = p;
    run(group[rng.below(static_cast<uint32_t>(group.size()))]);
    if (s[1] != '-') *s = upper(*s);  // but keep "e-Retribusi"
  }

  void summary() {
    char* start = p;
    for (int attempt = 0; attempt < 16; ++attempt) {
      p = start;
      sentence(g.summary);
      uint32_t w = count_words(start, p);
      if (w < 15 || (w < 26 && rng.pct(30))) {
        char* mark = p;
        putc(' ');
        sentence(g.generic);
        w = count_words(start, p);
        if (w > 40) {
          p = mark;
          w = count_words(start, p);
        }
      }
      if (w >= 15 && w <= 40) return;
    }
    // Rare: keep the last attempt, cut to 40 words.
    uint32_t n = 0;
    for (char* q = start; q < p; ++q)
      if (*q == ' ' && ++n == 40) {
        p = q;
        if (p[-1] == ',') --p;
        putc('.');
        break;
      }
  }

  void description() {
    const uint32_t target = rng.range(250, 460);
    const uint32_t paras = 3 + rng.below(3);
    const uint32_t per = target / paras;
    static const int kPlan[3][5] = {{0, 1, 2, -1, -1}, {0, 1, 2, 3, -1}, {0, 1, 1, 2, 3}};
    const std::vector<Seq>* groups[4] = {&g.background, &g.how, &g.result, &g.sustain};
    uint32_t total = 0;
    for (uint32_t pi = 0; pi < paras; ++pi) {
      if (pi) put("\\n\\n", 4);
      const std::vector<Seq>& grp = *groups[kPlan[paras - 3][pi]];
      const bool last = pi + 1 == paras;
      // the last paragraph of three mixes results with sustainability
      uint32_t in_para = 0, sentences = 0;
      while (sentences < 2 || (last ? total < target : in_para < per)) {
        if (sentences) putc(' ');
        char* s = p;
        const uint32_t r = rng.below(100);
        if (r < 28) sentence(g.generic);
        else if (last && paras == 3 && r < 55) sentence(g.sustain);
        else sentence(grp);
        const uint32_t w = count_words(s, p);
        in_para += w;
        total += w;
        ++sentences;
      }
    }
  }

  void pick_context(uint64_t seed, uint64_t index) {
    rng = Rng(mix64(mix64(seed ^ 0x4A4950504E6173ULL) + index * kGolden));
    last_acr = UINT32_MAX;  // nothing carries over from the previous record
    tn_used[0] = tn_used[1] = UINT32_MAX;
    cat = &g.cats[g.cat_pick(rng)];
    const uint32_t lv = rng.below(100);
    level = lv < 8 ? 2 : (lv < 17 ? 1 : 0);
    prov = -1;
    region = -1;
    if (level != 2) {
      prov = static_cast<int>(g.prov_order[g.prov_pick(rng)]);
      const std::vector<uint32_t>& rs = g.provs[prov].regions;
      if (rs.empty()) level = 1;
      if (level == 0 || (!rs.empty() && rng.pct(35)))
        region = static_cast<int>(rs[rng.below(static_cast<uint32_t>(rs.size()))]);
    }
    year = 2014 + g.year_pick(rng);
    const uint32_t sr = rng.below(100);
    source = sr < 45 ? 0 : (sr < 80 ? 1 : 2);
    if (source == 1 && (year < 2017 || level == 2)) source = 0;
    if (source == 2 && year < 2019) source = 0;
    place = g.places[rng.below(static_cast<uint32_t>(g.places.size()))];

    // Agency.
    const std::string* kind;
    if (level == 2) kind = &cat->national[rng.below(static_cast<uint32_t>(cat->national.size()))];
    else if (level == 1) kind = &cat->provincial[rng.below(static_cast<uint32_t>(cat->provincial.size()))];
    else if (rng.pct(12)) kind = &g.general_regional[rng.below(static_cast<uint32_t>(g.general_regional.size()))];
    else kind = &cat->regional[rng.below(static_cast<uint32_t>(cat->regional.size()))];
    ag.clear();
    ags.clear();
    bool short_part = true;
    const std::string& k = *kind;
    for (size_t i = 0; i < k.size(); ++i) {
      const char c = k[i];
      if (c == '|') {
        short_part = false;
        continue;
      }
      if (c == '{' && i + 2 < k.size() && k[i + 2] == '}') {
        const char what = k[i + 1];
        i += 2;
        auto emit = [&](const char* s, size_t n) {
          ag.add(s, n);
          if (short_part) ags.add(s, n);
        };
        switch (what) {
          case 'R': { const std::string& s = g.regs[region].name; emit(s.data(), s.size()); break; }
          case 'S': { const std::string& s = g.regs[region].brief; emit(s.data(), s.size()); break; }
          case 'Q': { const std::string& s = g.provs[prov].name; emit(s.data(), s.size()); break; }
          case 'P': emit(g_T + place.off, place.len); break;
          default: break;
        }
        continue;
      }
      ag.add(&c, 1);
      if (short_part) ags.add(&c, 1);
    }

    // replicated_by: ~15%, 1-4 other regions, mostly of the same province.
    nrep = 0;
    if (rng.pct(15)) {
      const uint32_t r = rng.below(10);
      const uint32_t want = r < 4 ? 1 : (r < 7 ? 2 : (r < 9 ? 3 : 4));
      for (int attempt = 0; attempt < 24 && nrep < want; ++attempt) {
        uint32_t cand;
        if (prov >= 0 && g.provs[prov].regions.size() > 1 && rng.pct(60)) {
          const std::vector<uint32_t>& rs = g.provs[prov].regions;
          cand = rs[rng.below(static_cast<uint32_t>(rs.size()))];
        } else {
          cand = rng.below(static_cast<uint32_t>(g.regs.size()));
        }
        bool dup = static_cast<int>(cand) == region;
        for (uint32_t j = 0; j < nrep; ++j) dup = dup || rep[j] == cand;
        if (!dup) rep[nrep++] = cand;
      }
    }

    // tags: ~75%, 2-5 distinct.
    ntags = 0;
    if (rng.pct(75)) {
      const uint32_t want = rng.range(2, 5);
      for (int attempt = 0; attempt < 24 && ntags < want; ++attempt) {
        const Str t = rng.pct(82) ? cat->tags[rng.below(static_cast<uint32_t>(cat->tags.size()))]
                                  : g.general_tags[rng.below(static_cast<uint32_t>(g.general_tags.size()))];
        bool dup = false;
        for (uint32_t j = 0; j < ntags; ++j)
          dup = dup || (tags[j].len == t.len && std::memcmp(g_T + tags[j].off, g_T + t.off, t.len) == 0);
        if (!dup) tags[ntags++] = t;
      }
    }
  }

  void record(uint64_t seed, uint64_t index) {
    pick_context(seed, index);
    const bool stopped = rng.pct(15);
    put("{\"id\":\"gen-", 11);
    {
      char digits[24];
      int n = 0;
      uint64_t v = index;
      do {
        digits[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
      } while (v);
      for (int z = n; z < 7; ++z) putc('0');
      while (n) putc(digits[--n]);
    }
    put("\",\"title\":\"");
    title();
    put("\",\"summary\":\"");
    summary();
    put("\",\"description\":\"");
    description();
    put("\",\"agency\":\"");
    put(ag);
    if (region >= 0) {
      put("\",\"region\":\"");
      put(g.regs[region].name);
    }
    put("\",\"province\":\"");
    if (level == 2) put("Nasional");
    else put(g.provs[prov].name);
    put("\",\"year\":");
    put_uint(year);
    put(",\"source\":\"");
    put(kSources[source]);
    put("\",\"category\":\"");
    put(cat->name);
    put(stopped ? "\",\"status\":\"berhenti\"" : "\",\"status\":\"berlanjut\"");
    if (nrep) {
      put(",\"replicated_by\":[");
      for (uint32_t j = 0; j < nrep; ++j) {
        if (j) putc(',');
        putc('"');
        put(g.regs[rep[j]].name);
        putc('"');
      }
      putc(']');
    }
    if (ntags) {
      put(",\"tags\":[");
      for (uint32_t j = 0; j < ntags; ++j) {
        if (j) putc(',');
        putc('"');
        put(tags[j]);
        putc('"');
      }
      putc(']');
    }
    put("}\n", 2);
  }
};

// ---------------------------------------------------------------------------
// Command line.

const char kUsage[] =
    "usage: gen-corpus --count N [--seed S] [--regions PATH] [--output FILE]\n"
    "\n"
    "Writes N synthetic JIPPNas innovation records as JSONL (one JSON object\n"
    "per line) to standard output or FILE. The output depends only on N, S and\n"
    "the regions file: record i depends only on (S, i), so a shorter run is a\n"
    "prefix of a longer one with the same seed.\n"
    "\n"
    "  --count N       number of records, 1..10000000 (required)\n"
    "  --seed S        64-bit unsigned seed (default 1)\n"
    "  --regions PATH  regions.tsv, or a directory holding it\n"
    "                  (default " JIPP_DATA_DIR "/regions.tsv)\n"
    "  --output FILE   write to FILE instead of standard output\n"
    "  --start I       first record index (default 0), for generating shards\n"
    "                  in parallel: --start I --count N writes records I..I+N-1\n"
    "  --dump-vocab    print the derived vocabulary and exit\n"
    "  -h, --help      show this help\n";

bool parse_u64(const std::string& s, uint64_t& out) {
  if (s.empty() || s.size() > 20) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    const uint64_t d = static_cast<uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) return false;
    v = v * 10 + d;
  }
  out = v;
  return true;
}

void dump_vocab() {
  auto dump = [](const char* cls, const Table& t) {
    for (const Str& s : t.items) std::printf("%s\t%.*s\n", cls, static_cast<int>(s.len), g_T + s.off);
  };
  dump("noun", g.nouns);
  dump("active", g.active);
  dump("passive", g.passive);
  dump("stative", g.stative);
  dump("adjective", g.adjectives);
  dump("plural", g.plurals);
  std::fprintf(stderr,
               "nouns %zu, active verbs %zu, passive verbs %zu, ber-/ter- %zu, adjectives %zu, "
               "plurals %zu; distinct word forms %zu\n",
               g.nouns.items.size(), g.active.items.size(), g.passive.items.size(), g.stative.items.size(),
               g.adjectives.items.size(), g.plurals.items.size(), g.distinct_words);
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t count = 0, seed = 1, start = 0;
  bool have_count = false, want_dump = false;
  std::string regions = std::string(JIPP_DATA_DIR) + "/regions.tsv";
  std::string output;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    std::string val;
    bool has_val = false;
    const size_t eq = a.find('=');
    if (a.compare(0, 2, "--") == 0 && eq != std::string::npos) {
      val = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_val = true;
    }
    auto value = [&]() -> std::string {
      if (has_val) return val;
      if (i + 1 >= argc || std::strncmp(argv[i + 1], "--", 2) == 0)
        fail("option " + a + " needs a value (see --help)");
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--count") {
      const std::string v = value();
      if (!parse_u64(v, count) || count < 1 || count > 10000000)
        fail("--count must be an integer from 1 to 10000000, got '" + v + "'");
      have_count = true;
    } else if (a == "--seed") {
      const std::string v = value();
      if (!parse_u64(v, seed)) fail("--seed must be an unsigned 64-bit integer, got '" + v + "'");
    } else if (a == "--start") {
      const std::string v = value();
      if (!parse_u64(v, start) || start >= 10000000) fail("--start must be an integer from 0 to 9999999, got '" + v + "'");
    } else if (a == "--regions") {
      regions = value();
      if (regions.empty()) fail("--regions needs a path");
    } else if (a == "--output") {
      output = value();
      if (output.empty()) fail("--output needs a file name");
    } else if (a == "--dump-vocab" && !has_val) {
      want_dump = true;
    } else {
      fail("unknown argument '" + std::string(argv[i]) + "' (see --help)");
    }
  }
  if (want_dump) {
    build_model(seed, regions, /*quiet_regions=*/true);
    dump_vocab();
    return 0;
  }
  if (!have_count) fail("--count N is required (see --help)");
  if (start + count > 10000000) fail("--start + --count must not exceed 10000000");

  build_model(seed, regions, false);

  FILE* out = stdout;
  if (!output.empty()) {
    out = std::fopen(output.c_str(), "wb");
    if (!out) fail("cannot open output file '" + output + "': " + std::strerror(errno));
  }

  constexpr size_t kBufSize = size_t{16} << 20;
  constexpr size_t kFlushAt = kBufSize - (size_t{1} << 20);  // a record is < 64 KiB
  std::vector<char> buf(kBufSize);
  char* const base = buf.data();
  Gen gen;
  gen.p = base;
  auto flush = [&] {
    const size_t n = static_cast<size_t>(gen.p - base);
    if (n && std::fwrite(base, 1, n, out) != n) fail(std::string("write error: ") + std::strerror(errno));
    gen.p = base;
  };
  for (uint64_t i = start; i < start + count; ++i) {
    gen.record(seed, i);
    if (static_cast<size_t>(gen.p - base) >= kFlushAt) flush();
  }
  flush();
  if (std::fflush(out) != 0) fail(std::string("write error: ") + std::strerror(errno));
  if (out != stdout && std::fclose(out) != 0) fail(std::string("write error: ") + std::strerror(errno));
  return 0;
}
