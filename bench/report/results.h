// Results: the speed benchmark's raw JSON files, as bench/run writes them
// (bench/out/speed/n<records>/{meta,corpus,index-indexer,index-indexer-shards2,
// sqlite,postgres,inproc,http}.json), read back per corpus size, with
// look-ups for one configuration's figures. A stage that did not run is a
// null JSON value; every accessor copes with that.
// Thread-safety: plain values.
// Not for formatting (markdown.h) or plotting (plots.h).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jipp::bench::report {

struct SizeResults {
  uint64_t records = 0;
  std::string dir;
  nlohmann::json meta, corpus, indexer, indexer_shards, sqlite, postgres, inproc, http;
  // stages.tsv: stage, seconds, exit code, load average before and after.
  std::vector<std::vector<std::string>> stages;
};

// Every n<records> directory under `root` that has a meta.json, by size.
std::vector<SizeResults> load_results(const std::string& root);

// A latency pair in milliseconds.
struct Latency {
  double p50 = 0, p99 = 0;
};

// searchd in-process: facet method "postings" (searchd's default), "columns"
// or "valuespy" (every match visited, for comparison), or "none" (top 10
// only); match "any" or "all".
std::optional<Latency> inproc_latency(const SizeResults& r, const std::string& method,
                                      const std::string& match);
const nlohmann::json* inproc_run(const SizeResults& r, const std::string& method,
                                 const std::string& match);
// The method that stands for searchd at this size: "postings", or
// "columns" in results from before postings existed (the default then).
std::string searchd_method(const SizeResults& r);
// Whether "columns" stands in at this size (false when neither ran).
bool method_fallback(const SizeResults& r);
// A peer (r.sqlite or r.postgres), top 10 only or with facets.
const nlohmann::json* peer_run(const nlohmann::json& peer, const std::string& match, bool facets);
std::optional<Latency> peer_latency(const nlohmann::json& peer, const std::string& match,
                                    bool facets);
// A wrk run.
const nlohmann::json* http_run(const SizeResults& r, const std::string& match, int connections);
std::optional<Latency> http_latency(const SizeResults& r, const std::string& match,
                                    int connections);

// "10k", "100k", "1M".
std::string size_label(uint64_t records);

}  // namespace jipp::bench::report
