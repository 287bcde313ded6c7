// bench-queryset: writes the speed benchmark's fixed query set (see
// query_set.h) and its request paths for wrk. Parses flags, generates,
// writes three files into --out-dir:
//   queries.tsv     qid<TAB>query<TAB>filters
//   paths-any.txt   /v1/search?q=...&per_page=10&<filters>  (match=any, default)
//   paths-all.txt   the same with &match=all
#include <fstream>
#include <iostream>
#include <string>

#include "jipp/cli.h"
#include "speed/query_set.h"

namespace {

using namespace jipp::bench::speed;

const char* kUsage =
    "usage: bench-queryset --corpus FILE.jsonl --out-dir DIR [--count N] [--seed S]\n"
    "                      [--sample-records N] [--data-dir DIR]\n"
    "Draws N (default 300) distinct queries of 1-4 content words from the text of the\n"
    "first --sample-records (default 10000) records, a third of them with filters.\n"
    "Exit codes: 0 ok, 1 cannot write, 2 bad usage or unusable corpus.\n";

int fail(const std::string& message, int code) {
  std::cerr << "bench-queryset: " << message << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, out_dir;
  std::string data_dir = jipp::cli::default_data_dir();
  QuerySetOptions options;
  unsigned long long count = options.count, seed = options.seed,
                     sample_records = options.sample_records;
  jipp::cli::Flags flags("bench-queryset");
  flags.required("--corpus", &corpus);
  flags.required("--out-dir", &out_dir);
  flags.text("--data-dir", &data_dir);
  flags.uint("--count", 1, 100000, &count);
  flags.uint("--seed", 0, UINT64_MAX, &seed);
  flags.uint("--sample-records", 1, 100000000, &sample_records);
  if (const std::string err = flags.parse(argc, argv); !err.empty()) return fail(err, 2);
  if (flags.help()) {
    std::cout << kUsage;
    return 0;
  }
  options.count = static_cast<size_t>(count);
  options.seed = seed;
  options.sample_records = static_cast<size_t>(sample_records);
  options.stopwords_path = data_dir + "/stopwords-id.txt";

  auto queries = generate_query_set(corpus, options);
  if (!queries.is_ok()) return fail(queries.status().message(), 2);
  if (auto s = write_query_set(out_dir + "/queries.tsv", *queries); !s.is_ok()) {
    return fail(s.message(), 1);
  }
  for (const char* match : {"any", "all"}) {
    const std::string path = out_dir + "/paths-" + match + ".txt";
    std::ofstream out(path, std::ios::trunc);
    for (const BenchQuery& q : *queries) out << request_path(q, match, 10) << "\n";
    if (!out) return fail("cannot write " + path, 1);
  }
  size_t filtered = 0, words = 0;
  for (const BenchQuery& q : *queries) {
    filtered += q.filters.empty() ? 0 : 1;
    for (char c : q.text) words += c == ' ' ? 1 : 0;
    ++words;
  }
  std::cerr << "bench-queryset: " << queries->size() << " queries (" << filtered
            << " with filters, " << static_cast<double>(words) / queries->size()
            << " words on average) in " << out_dir << "\n";
  return 0;
}
