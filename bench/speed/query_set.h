// QuerySet: the fixed, seeded set of realistic queries every engine in the
// speed benchmark answers, and its two on-disk forms (a TSV the C++ tools
// read back, and request paths for wrk).
//
// Generation: words are sampled from the actual text of records (title,
// summary or description of a random record among the first
// `sample_records`), so their frequencies follow the corpus; a query is a
// run of 1-4 consecutive content words (stop words of data/stopwords-id.txt,
// numbers and words shorter than 3 letters skipped), lower-cased as users
// type. Every third query carries filters (province, year, source, or
// province + year) whose values come from another random record, so common
// values are filtered on more often. Because gen-corpus writes record i the
// same way for every corpus size, sampling from a fixed prefix gives the
// same queries at 10k, 100k and 1M records.
// Thread-safety: pure functions over values.
// Not for running queries (timing.h, the engines).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jipp/status.h"

namespace jipp::bench::speed {

struct BenchFilter {
  std::string name;  // province, year or source
  std::string value;
};

struct BenchQuery {
  std::string qid;
  std::string text;
  std::vector<BenchFilter> filters;  // AND across names
};

struct QuerySetOptions {
  size_t count = 300;
  uint64_t seed = 1;
  size_t sample_records = 10000;  // records the words are drawn from
  std::string stopwords_path;     // data/stopwords-id.txt
};

// invalid_argument when the corpus or stop words cannot be read, or the
// corpus has too little text for `count` distinct queries.
Result<std::vector<BenchQuery>> generate_query_set(const std::string& corpus_path,
                                                   const QuerySetOptions& options);

// qid<TAB>text<TAB>filters, filters as "province=Jawa Timur;year=2021"
// (the relevance tool's format). unavailable when the file cannot be written.
Status write_query_set(const std::string& path, const std::vector<BenchQuery>& queries);

// invalid_argument, located ("queries.tsv:12: ..."), for a malformed line.
Result<std::vector<BenchQuery>> read_query_set(const std::string& path);

// Percent-encodes everything but RFC 3986 unreserved characters.
std::string url_encode(std::string_view s);

// "/v1/search?q=...&per_page=10[&match=all]&province=..." as searchd takes it;
// `match` "any" (searchd's default, not sent) or "all".
std::string request_path(const BenchQuery& query, const std::string& match, int per_page);

// The content words of `text` as generation sees them (exposed for tests).
std::vector<std::string> content_words(std::string_view text,
                                       const std::vector<std::string>& sorted_stopwords);

}  // namespace jipp::bench::speed
