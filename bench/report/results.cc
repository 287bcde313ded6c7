#include "report/results.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace jipp::bench::report {

namespace {

nlohmann::json read_json(const std::filesystem::path& p) {
  std::ifstream in(p);
  if (!in) return nullptr;
  auto j = nlohmann::json::parse(in, nullptr, false);
  return j.is_discarded() ? nlohmann::json(nullptr) : j;
}

std::optional<Latency> latency_of(const nlohmann::json* run) {
  if (!run || !run->contains("latency_ms")) return std::nullopt;
  const auto& l = (*run)["latency_ms"];
  return Latency{l.value("p50", 0.0), l.value("p99", 0.0)};
}

}  // namespace

std::vector<SizeResults> load_results(const std::string& root) {
  namespace fs = std::filesystem;
  std::vector<SizeResults> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(root, ec)) {
    const std::string name = e.path().filename().string();
    if (!e.is_directory() || name.size() < 2 || name[0] != 'n') continue;
    if (name.find_first_not_of("0123456789", 1) != std::string::npos) continue;
    SizeResults r;
    r.records = std::stoull(name.substr(1));
    r.dir = e.path().string();
    r.meta = read_json(e.path() / "meta.json");
    if (r.meta.is_null()) continue;
    r.corpus = read_json(e.path() / "corpus.json");
    r.indexer = read_json(e.path() / "index-indexer.json");
    r.indexer_shards = read_json(e.path() / "index-indexer-shards2.json");
    r.sqlite = read_json(e.path() / "sqlite.json");
    r.postgres = read_json(e.path() / "postgres.json");
    r.inproc = read_json(e.path() / "inproc.json");
    r.http = read_json(e.path() / "http.json");
    std::ifstream stages(e.path() / "stages.tsv");
    std::string line;
    for (bool header = true; std::getline(stages, line); header = false) {
      if (header || line.empty()) continue;
      std::vector<std::string> cols;
      size_t pos = 0;
      for (size_t tab; (tab = line.find('\t', pos)) != std::string::npos; pos = tab + 1) {
        cols.push_back(line.substr(pos, tab - pos));
      }
      cols.push_back(line.substr(pos));
      r.stages.push_back(std::move(cols));
    }
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(),
            [](const SizeResults& a, const SizeResults& b) { return a.records < b.records; });
  return out;
}

const nlohmann::json* inproc_run(const SizeResults& r, const std::string& method,
                                 const std::string& match) {
  if (!r.inproc.is_object()) return nullptr;
  for (const auto& run : r.inproc["runs"]) {
    if (run.value("facet_method", "") == method && run.value("match", "") == match) return &run;
  }
  return nullptr;
}

std::optional<Latency> inproc_latency(const SizeResults& r, const std::string& method,
                                      const std::string& match) {
  return latency_of(inproc_run(r, method, match));
}

namespace {

bool has_method(const SizeResults& r, const std::string& method) {
  return inproc_run(r, method, "any") || inproc_run(r, method, "all");
}

}  // namespace

std::string searchd_method(const SizeResults& r) {
  return has_method(r, "postings") ? "postings" : "columns";
}

bool method_fallback(const SizeResults& r) {
  return !has_method(r, "postings") && has_method(r, "columns");
}

const nlohmann::json* peer_run(const nlohmann::json& peer, const std::string& match, bool facets) {
  if (!peer.is_object()) return nullptr;
  for (const auto& run : peer["runs"]) {
    if (run.value("match", "") == match && run.value("facets", !facets) == facets) return &run;
  }
  return nullptr;
}

std::optional<Latency> peer_latency(const nlohmann::json& peer, const std::string& match,
                                    bool facets) {
  return latency_of(peer_run(peer, match, facets));
}

const nlohmann::json* http_run(const SizeResults& r, const std::string& match, int connections) {
  if (!r.http.is_object()) return nullptr;
  for (const auto& run : r.http["runs"]) {
    if (run.value("match", "") == match && run.value("connections", 0) == connections) return &run;
  }
  return nullptr;
}

std::optional<Latency> http_latency(const SizeResults& r, const std::string& match,
                                    int connections) {
  return latency_of(http_run(r, match, connections));
}

std::string size_label(uint64_t records) {
  if (records >= 1000000 && records % 1000000 == 0) return std::to_string(records / 1000000) + "M";
  if (records >= 1000 && records % 1000 == 0) return std::to_string(records / 1000) + "k";
  return std::to_string(records);
}

}  // namespace jipp::bench::report
