#include "relevance/collection.h"

#include <fstream>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "jipp/text_util.h"

namespace jipp::bench::relevance {

namespace {

constexpr size_t kSkippedExamples = 3;

Status located(const std::string& path, int line, const std::string& message) {
  return Status::invalid(path + ":" + std::to_string(line) + ": " + message);
}

Status cannot_read(const std::string& path) {
  return Status::invalid("cannot read " + path);
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

// Reads `path` line by line, dropping '\r' and calling f(line_number, line)
// for lines that are neither blank nor '#' comments (when `comments`).
template <typename F>
Status for_each_line(const std::string& path, bool comments, F f) {
  std::ifstream in(path);
  if (!in) return cannot_read(path);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) continue;
    if (comments && line[0] == '#') continue;
    if (Status s = f(n, line); !s.is_ok()) return s;
  }
  if (in.bad()) return cannot_read(path);
  return Status::ok();
}

std::string json_text(const nlohmann::json& doc, const char* key) {
  auto it = doc.find(key);
  if (it == doc.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return it->dump();
}

}  // namespace

const std::vector<std::string>& filter_names() {
  static const std::vector<std::string> kNames{"province", "agency",   "region", "year",
                                               "source",   "category", "status"};
  return kNames;
}

Result<Corpus> load_corpus(const std::string& path) {
  Corpus corpus;
  corpus.path = path;
  Status s = for_each_line(path, /*comments=*/false, [&](int n, const std::string& line) {
    ++corpus.lines;
    nlohmann::json doc = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    auto id = doc.is_object() ? doc.find("id") : doc.end();
    if (!doc.is_object() || id == doc.end() || !id->is_string() ||
        id->get<std::string>().empty()) {
      ++corpus.skipped;
      if (corpus.skipped_examples.size() < kSkippedExamples) {
        corpus.skipped_examples.push_back(path + ":" + std::to_string(n) +
                                          ": not a JSON object with a string \"id\"");
      }
      return Status::ok();
    }
    CorpusRecord r;
    r.id = id->get<std::string>();
    r.title = json_text(doc, "title");
    r.summary = json_text(doc, "summary");
    r.description = json_text(doc, "description");
    r.agency = json_text(doc, "agency");
    r.region = json_text(doc, "region");
    r.province = json_text(doc, "province");
    r.year = json_text(doc, "year");
    r.source = json_text(doc, "source");
    r.category = json_text(doc, "category");
    r.status = json_text(doc, "status");
    if (auto tags = doc.find("tags"); tags != doc.end() && tags->is_array()) {
      for (const auto& t : *tags) {
        if (t.is_string()) r.tags.push_back(t.get<std::string>());
      }
    }
    corpus.records.push_back(std::move(r));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return corpus;
}

Result<std::vector<Filter>> parse_filters(std::string_view text) {
  std::vector<Filter> filters;
  size_t start = 0;
  while (start <= text.size()) {
    size_t semi = text.find(';', start);
    if (semi == std::string_view::npos) semi = text.size();
    const std::string pair = trim(text.substr(start, semi - start));
    start = semi + 1;
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    if (eq == std::string::npos) {
      return Status::invalid("filter \"" + pair + "\": expected name=value");
    }
    Filter f{trim(pair.substr(0, eq)), trim(pair.substr(eq + 1))};
    bool known = false;
    for (const auto& name : filter_names()) known = known || name == f.name;
    if (!known) {
      std::string names;
      for (const auto& name : filter_names()) names += (names.empty() ? "" : ", ") + name;
      return Status::invalid("filter \"" + pair + "\": unknown name \"" + f.name +
                             "\" (known: " + names + ")");
    }
    if (f.value.empty()) return Status::invalid("filter \"" + pair + "\": empty value");
    filters.push_back(std::move(f));
  }
  return filters;
}

Result<std::vector<EvalQuery>> load_queries(const std::string& path) {
  std::vector<EvalQuery> queries;
  std::unordered_set<std::string> seen;
  Status s = for_each_line(path, /*comments=*/true, [&](int n, const std::string& line) {
    const std::vector<std::string> cols = split_tabs(line);
    if (cols.size() < 2 || cols.size() > 3) {
      return located(path, n, "expected qid<TAB>query[<TAB>filters], got " +
                                  std::to_string(cols.size()) + " column(s)");
    }
    EvalQuery q;
    q.qid = trim(cols[0]);
    q.text = trim(cols[1]);
    q.line = n;
    if (q.qid.empty()) return located(path, n, "empty qid");
    if (q.text.empty()) return located(path, n, "empty query for qid " + q.qid);
    if (!seen.insert(q.qid).second) return located(path, n, "duplicate qid " + q.qid);
    if (cols.size() == 3) {
      auto filters = parse_filters(cols[2]);
      if (!filters.is_ok()) return located(path, n, filters.status().message());
      q.filters = std::move(*filters);
    }
    queries.push_back(std::move(q));
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return queries;
}

Result<Qrels> load_qrels(const std::string& path) {
  Qrels qrels;
  Status s = for_each_line(path, /*comments=*/true, [&](int n, const std::string& line) {
    const std::vector<std::string> cols = split_tabs(line);
    if (cols.size() != 3) {
      return located(path, n, "expected qid<TAB>record id<TAB>grade, got " +
                                  std::to_string(cols.size()) + " column(s)");
    }
    const std::string qid = trim(cols[0]), id = trim(cols[1]), grade_text = trim(cols[2]);
    if (qid.empty() || id.empty()) return located(path, n, "empty qid or record id");
    int grade = 0;
    bool ok = !grade_text.empty() && grade_text.size() <= 2;
    for (char c : grade_text) ok = ok && c >= '0' && c <= '9';
    if (ok) grade = std::stoi(grade_text);
    if (!ok) {
      return located(path, n, "grade must be a non-negative integer, got \"" + grade_text + "\"");
    }
    if (!qrels[qid].emplace(id, grade).second) {
      return located(path, n, "record " + id + " judged twice for qid " + qid);
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return qrels;
}

const std::string& filter_field(const CorpusRecord& r, std::string_view name) {
  static const std::string kEmpty;
  if (name == "province") return r.province;
  if (name == "agency") return r.agency;
  if (name == "region") return r.region;
  if (name == "year") return r.year;
  if (name == "source") return r.source;
  if (name == "category") return r.category;
  if (name == "status") return r.status;
  return kEmpty;
}

std::string filter_key(std::string_view value) { return fold_case(collapse_spaces(value)); }

}  // namespace jipp::bench::relevance
