#include "speed/query_set.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "speed/record_reader.h"

namespace jipp::bench::speed {

namespace {

constexpr size_t kMaxWords = 4;
constexpr size_t kMinWordLength = 3;

// Field the words come from: users type innovation names most, then the
// vocabulary of summaries and descriptions.
enum Field { kTitle, kSummary, kDescription };

struct SampledRecord {
  std::vector<std::string> words[3];
  std::string province, source;
  int year = 0;
};

// Uniform in [0, n): mt19937_64's output is fixed by the standard (the std
// distributions are not), so the set is the same with every compiler.
uint64_t below(std::mt19937_64& rng, uint64_t n) { return n == 0 ? 0 : rng() % n; }

Result<std::vector<std::string>> load_stopwords(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorKind::kInvalidArgument, "cannot read stop words " + path);
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    words.push_back(line);
  }
  std::sort(words.begin(), words.end());
  return words;
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::string filters_text(const std::vector<BenchFilter>& filters) {
  std::string out;
  for (const BenchFilter& f : filters) {
    if (!out.empty()) out += ";";
    out += f.name + "=" + f.value;
  }
  return out;
}

}  // namespace

std::vector<std::string> content_words(std::string_view text,
                                       const std::vector<std::string>& sorted_stopwords) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    bool has_letter = false;
    std::string word;
    while (j < text.size() && is_word_byte(static_cast<unsigned char>(text[j]))) {
      unsigned char c = static_cast<unsigned char>(text[j]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      if (!(c >= '0' && c <= '9')) has_letter = true;
      word += static_cast<char>(c);
      ++j;
    }
    i = j;
    if (!has_letter || word.size() < kMinWordLength) continue;
    if (std::binary_search(sorted_stopwords.begin(), sorted_stopwords.end(), word)) continue;
    // Reduplication ("dusun-dusun") gives the word once, as users type it.
    if (!out.empty() && out.back() == word) continue;
    out.push_back(std::move(word));
  }
  return out;
}

Result<std::vector<BenchQuery>> generate_query_set(const std::string& corpus_path,
                                                   const QuerySetOptions& options) {
  auto stop = load_stopwords(options.stopwords_path);
  if (!stop.is_ok()) return stop.status();
  auto reader = RecordReader::open(corpus_path);
  if (!reader.is_ok()) return reader.status();

  std::vector<SampledRecord> records;
  PeerRecord r;
  while (records.size() < options.sample_records && reader->next(&r)) {
    SampledRecord s;
    s.words[kTitle] = content_words(r.title, *stop);
    s.words[kSummary] = content_words(r.summary, *stop);
    s.words[kDescription] = content_words(r.description, *stop);
    s.province = r.province;
    s.source = r.source;
    s.year = r.year;
    records.push_back(std::move(s));
  }
  if (records.empty()) {
    return Status(ErrorKind::kInvalidArgument, "corpus " + corpus_path + " has no records");
  }

  std::mt19937_64 rng(options.seed);
  std::vector<BenchQuery> queries;
  std::set<std::string> seen;
  const size_t max_attempts = options.count * 100;
  for (size_t attempt = 0; queries.size() < options.count && attempt < max_attempts; ++attempt) {
    const SampledRecord& rec = records[below(rng, records.size())];
    const uint64_t f = below(rng, 100);
    const Field field = f < 35 ? kTitle : f < 65 ? kSummary : kDescription;
    const std::vector<std::string>& words = rec.words[field];
    // 1-4 words: 30% one, 35% two, 25% three, 10% four.
    const uint64_t w = below(rng, 100);
    size_t k = w < 30 ? 1 : w < 65 ? 2 : w < 90 ? 3 : kMaxWords;
    if (words.empty()) continue;
    k = std::min(k, words.size());
    const size_t start = below(rng, words.size() - k + 1);
    BenchQuery q;
    for (size_t i = start; i < start + k; ++i) q.text += (q.text.empty() ? "" : " ") + words[i];

    const size_t n = queries.size();
    if (n % 3 == 2) {
      const SampledRecord& other = records[below(rng, records.size())];
      switch ((n / 3) % 4) {
        case 0: q.filters.push_back({"province", other.province}); break;
        case 1: q.filters.push_back({"year", std::to_string(other.year)}); break;
        case 2: q.filters.push_back({"source", other.source}); break;
        default:
          q.filters.push_back({"province", other.province});
          q.filters.push_back({"year", std::to_string(other.year)});
          break;
      }
    }
    if (!seen.insert(q.text + "\t" + filters_text(q.filters)).second) continue;
    std::string number = std::to_string(n + 1);
    q.qid = "q" + std::string(number.size() < 4 ? 4 - number.size() : 0, '0') + number;
    queries.push_back(std::move(q));
  }
  if (queries.size() < options.count) {
    return Status(ErrorKind::kInvalidArgument,
                  "corpus " + corpus_path + " gave only " + std::to_string(queries.size()) +
                      " distinct queries, " + std::to_string(options.count) + " asked");
  }
  return queries;
}

Status write_query_set(const std::string& path, const std::vector<BenchQuery>& queries) {
  std::ofstream out(path, std::ios::trunc);
  out << "# qid\tquery\tfilters (generated by bench-queryset)\n";
  for (const BenchQuery& q : queries) {
    out << q.qid << "\t" << q.text << "\t" << filters_text(q.filters) << "\n";
  }
  if (!out) return Status(ErrorKind::kUnavailable, "cannot write " + path);
  return Status::ok();
}

Result<std::vector<BenchQuery>> read_query_set(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status(ErrorKind::kInvalidArgument, "cannot read query set " + path);
  std::vector<BenchQuery> queries;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](const std::string& what) {
      return Status(ErrorKind::kInvalidArgument,
                    path + ":" + std::to_string(lineno) + ": " + what);
    };
    std::vector<std::string> cols;
    std::istringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
      return bad("expected qid<TAB>query[<TAB>filters]");
    }
    BenchQuery q{cols[0], cols[1], {}};
    if (cols.size() > 2 && !cols[2].empty()) {
      std::istringstream fs(cols[2]);
      std::string pair;
      while (std::getline(fs, pair, ';')) {
        const size_t eq = pair.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size()) {
          return bad("filter \"" + pair + "\" is not name=value");
        }
        const std::string name = pair.substr(0, eq);
        if (name != "province" && name != "year" && name != "source") {
          return bad("unknown filter \"" + name + "\" (province, year or source)");
        }
        q.filters.push_back({name, pair.substr(eq + 1)});
      }
    }
    queries.push_back(std::move(q));
  }
  if (queries.empty()) return Status(ErrorKind::kInvalidArgument, path + ": no queries");
  return queries;
}

std::string url_encode(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string request_path(const BenchQuery& query, const std::string& match, int per_page) {
  std::string path = "/v1/search?q=" + url_encode(query.text) +
                     "&per_page=" + std::to_string(per_page);
  if (match != "any") path += "&match=" + url_encode(match);
  for (const BenchFilter& f : query.filters) path += "&" + f.name + "=" + url_encode(f.value);
  return path;
}

}  // namespace jipp::bench::speed
