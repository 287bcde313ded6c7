#include "jipp/analyzer.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "jipp/regions.h"
#include "jipp/text_util.h"
#include "jipp/tokenizer.h"

namespace jipp {

namespace {

// Words of region names that are ordinary vocabulary: they stay stemmable
// ("Kepulauan" -> pulau), while names like "Bekasi" or "Kediri" are
// protected from affix stripping.
const std::unordered_set<std::string> kGenericPlaceWords = {
    "kabupaten", "kota",    "provinsi", "kepulauan", "pegunungan", "utara",
    "selatan",   "barat",   "timur",    "tengah",    "tenggara",   "daya",
    "raya",      "laut",    "dan",      "pulau",     "daerah",     "istimewa",
    "khusus",    "administrasi", "besar", "baru",    "lama",       "hulu",
    "hilir",     "ilir",    "darat",    "kepulauan", "tanah",      "kecil"};

uint64_t fnv1a(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// Reads a one-word-per-line list ('#' comments), folding case.
Result<std::vector<std::string>> read_word_list(const std::string& path, uint64_t* hash) {
  std::ifstream in(path);
  if (!in) return Status(ErrorKind::kUnavailable, "cannot read " + path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto b = line.find_first_not_of(" \t");
    if (b == std::string::npos || line[b] == '#') continue;
    auto e = line.find_last_not_of(" \t");
    std::string w = fold_case(line.substr(b, e - b + 1));
    *hash = fnv1a(*hash, w);
    out.push_back(std::move(w));
  }
  return out;
}

bool is_particle(const std::string& s) {
  return s == "lah" || s == "kah" || s == "tah" || s == "pun" || s == "nya" || s == "ku" ||
         s == "mu";
}

bool ends_with(const std::string& s, const std::string& suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

// Imitative reduplication (sayur-mayur, lauk-pauk, warna-warni,
// gerak-gerik): equal length, at most two letters differ.
bool imitative(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.size() < 3) return false;
  size_t diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff += a[i] != b[i];
  return diff > 0 && diff <= 2;
}

}  // namespace

Result<std::shared_ptr<const Analyzer>> Analyzer::load(const AnalyzerOptions& options) {
  std::shared_ptr<Analyzer> a(new Analyzer());
  uint64_t hash = 1469598103934665603ULL;

  auto stop = read_word_list(options.data_dir + "/stopwords-id.txt", &hash);
  if (!stop.is_ok()) return stop.status();
  a->stopper_ = std::make_unique<Xapian::SimpleStopper>(stop->begin(), stop->end());

  auto extra = read_word_list(options.data_dir + "/roots-extra.txt", &hash);
  if (!extra.is_ok()) return extra.status();

  auto regions = Regions::load(options.data_dir);
  if (!regions.is_ok()) return regions.status();
  std::vector<std::string> protected_words;
  auto protect_name = [&](const std::string& name) {
    for (const Token& t : tokenize(name, false)) {
      for (const std::string& p : t.parts) {
        if (!kGenericPlaceWords.count(p)) protected_words.push_back(p);
      }
    }
  };
  for (const auto& r : regions->regions()) protect_name(r.name);
  for (const auto& p : regions->provinces()) protect_name(p);
  for (const auto& w : protected_words) hash = fnv1a(hash, w);

  {
    std::ifstream dic(options.hunspell_dic, std::ios::binary);
    std::stringstream ss;
    ss << dic.rdbuf();
    hash = fnv1a(hash, ss.str());
  }
  auto data = StemmerData::load(options.hunspell_dic, *extra, protected_words);
  if (!data.is_ok()) return data.status();
  a->stemmer_data_ = std::move(*data);

  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  a->fingerprint_ = hex;
  return std::shared_ptr<const Analyzer>(std::move(a));
}

std::string Analyzer::word_for(const Token& token) const {
  const auto& parts = token.parts;
  if (parts.size() == 1) return parts[0];
  std::string joined;
  for (const auto& p : parts) joined += p;
  if (parts.size() == 2) {
    const std::string& a = parts[0];
    const std::string& b = parts[1];
    if (is_particle(b)) return a;                              // allah-lah
    // anak-anak -> anak; rhyming echoes (sayur-mayur, lauk-pauk) -> the
    // first half. kupu-kupu stays whole ("kupu" is no word), and so do
    // vowel-changing compounds the dictionary lists (bolak-balik).
    if (a == b && stemmer_data_->is_root(a)) return a;
    if (a.size() == b.size() && a.size() >= 3 && a[0] != b[0] &&
        a.compare(1, std::string::npos, b, 1, std::string::npos) == 0 &&
        stemmer_data_->is_root(a)) {
      return a;
    }
  }
  if (stemmer_data_->is_compound_entry(token.text)) return joined;  // kupu-kupu, bolak-balik
  if (parts.size() == 2) {
    const std::string& a = parts[0];
    const std::string& b = parts[1];
    if (a == b || ends_with(a, b)) return a;                   // buku-buku, memukul-mukul
    if (imitative(a, b)) return a;                             // warna-warni, gerak-gerik
    for (const char* suf : {"kan", "an", "i", "nya"}) {        // meniru-nirukan
      std::string s = suf;
      if (ends_with(b, s) && b.size() > s.size() + 2 &&
          ends_with(a, b.substr(0, b.size() - s.size()))) {
        return a;
      }
    }
  }
  return joined;  // e-KTP -> ektp, KTP-el -> ktpel, COVID-19 -> covid19
}

std::string Analyzer::index_text(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (const Token& t : tokenize(text, false)) {
    if (!out.empty()) out.push_back(' ');
    out += t.kind == Token::Kind::kWord ? word_for(t) : t.text;
  }
  return out;
}

std::string Analyzer::query_text(std::string_view query) const {
  std::string out;
  out.reserve(query.size() + 8);
  for (const Token& t : tokenize(query, true)) {
    switch (t.kind) {
      case Token::Kind::kWord:
        out += word_for(t);
        break;
      case Token::Kind::kNumber:
      case Token::Kind::kOperator:
      case Token::Kind::kPunct:
        out += t.text;
        break;
      case Token::Kind::kSpace:
        out.push_back(' ');
        break;
    }
  }
  return out;
}

Xapian::Stem Analyzer::make_stem() const {
  return Xapian::Stem(new IndonesianStemmer(stemmer_data_));
}

std::string Analyzer::root(std::string_view word) const {
  std::vector<Token> tokens = tokenize(word, false);
  if (tokens.empty()) return std::string();
  const Token& t = tokens[0];
  if (t.kind != Token::Kind::kWord) return t.text;
  return stemmer_data_->display(stemmer_data_->stem(word_for(t)));
}

std::vector<AnalyzedToken> Analyzer::analyze(std::string_view text) const {
  std::vector<AnalyzedToken> out;
  for (const Token& t : tokenize(text, false)) {
    AnalyzedToken a;
    a.token = t.surface;
    a.normalized = t.kind == Token::Kind::kWord ? word_for(t) : t.text;
    a.stem = t.kind == Token::Kind::kWord ? stemmer_data_->stem(a.normalized) : a.normalized;
    a.stopword = is_stopword(a.normalized);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace jipp
