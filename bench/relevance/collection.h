// Collection: the three inputs of a relevance evaluation, read from files.
//   corpus   JSONL in the project's record schema (id, title, summary,
//            description, agency, region, province, year, source, category,
//            status, tags, ...). The baselines index what they find; the
//            indexer applies the full schema and may reject records.
//   queries  qid<TAB>query[<TAB>filters]; '#' lines and blank lines are
//            skipped; filters are `name=value` pairs separated by ';'
//            ("province=Jawa Tengah;year=2021"), a repeated name meaning OR,
//            as a portal sends repeated URL parameters.
//   qrels    qid<TAB>record id<TAB>grade (0 not relevant, 1 relevant,
//            2 highly relevant; larger grades are accepted).
// Errors are located like the indexer's: "queries.tsv:12: expected ...".
// Thread-safety: plain values and reentrant loaders.
// Not for scoring (metrics.h) or running systems (system.h).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jipp/status.h"

namespace jipp::bench::relevance {

struct CorpusRecord {
  std::string id;
  std::string title;
  std::string summary;
  std::string description;
  std::string agency;
  std::string region;
  std::string province;
  std::string year;  // as decimal text
  std::string source;
  std::string category;
  std::string status;
  std::vector<std::string> tags;
};

struct Corpus {
  std::string path;
  std::vector<CorpusRecord> records;
  size_t lines = 0;  // non-blank lines read
  // Lines that are not a JSON object with a string "id": skipped by the
  // baselines (the indexer reports them itself). The first few are quoted.
  size_t skipped = 0;
  std::vector<std::string> skipped_examples;
};

// The filter names a query may use: the facets searchd filters on.
const std::vector<std::string>& filter_names();

struct Filter {
  std::string name;   // one of filter_names()
  std::string value;  // as written, sent unchanged to searchd
};

struct EvalQuery {
  std::string qid;
  std::string text;
  std::vector<Filter> filters;
  int line = 0;
};

// record id -> grade
using Judgments = std::unordered_map<std::string, int>;
// qid -> judgments
using Qrels = std::unordered_map<std::string, Judgments>;

// invalid_argument when the file cannot be read; bad lines are skipped and
// counted (see Corpus::skipped).
Result<Corpus> load_corpus(const std::string& path);

// invalid_argument, located, for a line without a tab, an empty qid or
// query, a duplicate qid, or a malformed or unknown filter.
Result<std::vector<EvalQuery>> load_queries(const std::string& path);

// invalid_argument, located, for a line that is not qid<TAB>id<TAB>grade
// with a non-negative integer grade, or a pair judged twice.
Result<Qrels> load_qrels(const std::string& path);

// Parses "province=Jawa Tengah;year=2021". invalid_argument names the bad
// pair.
Result<std::vector<Filter>> parse_filters(std::string_view text);

// The value of filter `name` in `record` ("" when absent).
const std::string& filter_field(const CorpusRecord& record, std::string_view name);

// The form the baselines compare filter values in: Unicode case folding and
// collapsed white space ("Jawa  TENGAH" -> "jawa tengah"). searchd
// normalises more (province aliases); the baselines only match exactly.
std::string filter_key(std::string_view value);

}  // namespace jipp::bench::relevance
