#include "jipp/analyzer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "jipp/fields.h"
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
      std::vector<std::string> parts = t.parts.empty() ? std::vector<std::string>{t.text} : t.parts;
      for (const std::string& p : parts) {
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
  std::shared_ptr<StemmerData> stemmer_data = std::move(*data);
  a->stemmer_data_ = stemmer_data;
  if (Status s = a->load_synonyms(options.data_dir + "/synonyms.tsv", stemmer_data.get(), &hash);
      !s.is_ok()) {
    return s;
  }

  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  a->fingerprint_ = hex;
  return std::shared_ptr<const Analyzer>(std::move(a));
}

namespace {
std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string::npos) sp = s.size();
    if (sp > start) out.push_back(s.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}
}  // namespace

Status Analyzer::load_synonyms(const std::string& path, StemmerData* data, uint64_t* hash) {
  std::ifstream in(path);
  if (!in) return Status(ErrorKind::kUnavailable, "cannot read " + path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    *hash = fnv1a(*hash, line);
    // Each line is its own group: lines sharing a form are not merged
    // ("kia" is both kartu identitas anak and kesehatan ibu dan anak).
    std::vector<std::vector<std::string>> forms;
    std::vector<std::string> display;
    std::stringstream ss(line);
    std::string form;
    while (std::getline(ss, form, '\t')) {
      std::vector<std::string> words = split_words(index_text(form));
      if (words.empty()) continue;
      forms.push_back(std::move(words));
      display.push_back(collapse_spaces(form));
    }
    // The group's index term: its first one-word form, or, when every form
    // has several words ("air bersih", "clean water"), the first form's
    // words joined ("airbersih"), a term only synonyms produce.
    std::string canonical;
    for (const auto& f : forms) {
      if (f.size() == 1) {
        canonical = f[0];
        break;
      }
    }
    if (canonical.empty() && !forms.empty()) {
      for (const auto& w : forms[0]) canonical += w;
    }
    for (size_t i = 0; i < forms.size(); ++i) {
      const auto& f = forms[i];
      if (f.size() == 1) {
        auto& list = word_synonyms_[f[0]];
        for (size_t j = 0; j < display.size(); ++j) {
          if (forms[j] == f || std::find(list.begin(), list.end(), display[j]) != list.end()) {
            continue;
          }
          list.push_back(display[j]);
        }
      }
      if (f.size() == 1) {
        data->add_variant(data->stem(f[0]), data->stem(canonical));
      } else {
        multiword_[f[0]].push_back({f, canonical});
      }
    }
  }
  for (auto& [first, list] : multiword_) {
    std::stable_sort(list.begin(), list.end(), [](const Multiword& x, const Multiword& y) {
      return x.words.size() > y.words.size();
    });
  }
  return Status::ok();
}

std::string Analyzer::synonym_additions(const std::string& words) const {
  std::string out;
  if (multiword_.empty()) return out;
  // Word boundaries as views into `words`: no copies on the common path.
  std::vector<std::string_view> w;
  for (size_t start = 0; start < words.size();) {
    size_t sp = words.find(' ', start);
    if (sp == std::string::npos) sp = words.size();
    if (sp > start) w.emplace_back(words.data() + start, sp - start);
    start = sp + 1;
  }
  std::string key;
  for (size_t i = 0; i < w.size(); ++i) {
    key.assign(w[i]);
    auto it = multiword_.find(key);
    if (it == multiword_.end()) continue;
    for (const Multiword& m : it->second) {
      if (i + m.words.size() > w.size()) continue;
      bool match = true;
      for (size_t k = 0; match && k < m.words.size(); ++k) match = m.words[k] == w[i + k];
      if (!match) continue;
      // Matches may nest ("dinas kependudukan dan pencatatan sipil" holds
      // "kependudukan dan pencatatan sipil"): every start position is tried.
      if (!out.empty()) out.push_back(' ');
      out += m.canonical;
      break;
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> Analyzer::xapian_synonyms() const {
  std::vector<std::pair<std::string, std::string>> out;
  Xapian::Stem stem = make_stem();
  for (const auto& [first, list] : multiword_) {
    for (const Multiword& m : list) {
      std::string key;
      for (const auto& w : m.words) key += (key.empty() ? "" : " ") + w;
      out.emplace_back(key, kPrefixStem + stem(m.canonical));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Analyzer::word_for(const Token& token) const {
  const auto& parts = token.parts;
  if (parts.empty()) return token.text;
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
  for (const Token& t : tokenize(text, false, true)) {
    AnalyzedToken a;
    a.token = t.surface;
    a.normalized = t.kind == Token::Kind::kWord ? word_for(t) : t.text;
    a.stem = t.kind == Token::Kind::kWord
                 ? stemmer_data_->canonical(stemmer_data_->stem(a.normalized))
                 : a.normalized;
    a.stopword = is_stopword(a.normalized);
    if (auto it = word_synonyms_.find(a.normalized); it != word_synonyms_.end()) {
      a.synonyms = it->second;
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace jipp
