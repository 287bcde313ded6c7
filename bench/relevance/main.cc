// relevance: scores searchd against baseline engines on a judged collection.
// Parses flags and calls run_relevance(); everything else is in the library.
#include <cstring>
#include <iostream>
#include <string>

#include "common/interrupt.h"
#include "jipp/cli.h"
#include "relevance/relevance.h"

namespace {

const char* kUsage =
    "usage: relevance --corpus FILE.jsonl --queries FILE.tsv --qrels FILE.tsv\n"
    "                 --indexer PATH --searchd PATH --out DIR [--name NAME] [--limit N]\n"
    "                 [--baselines xapian,sqlite,postgres|none] [--pg-bindir DIR]\n"
    "Runs the real indexer and searchd and the baselines on the same corpus and queries;\n"
    "writes DIR/summary.json and DIR/per_query.tsv and prints MRR@10, Recall@10, nDCG@10.\n"
    "Exit codes: 0 ok, 1 a system could not be evaluated, 2 bad usage or input,\n"
    "3 a baseline named in --baselines is unavailable, 130 interrupted.\n";

int usage_error(const std::string& message) {
  std::cerr << "relevance: " << message << " (relevance --help shows the usage)\n";
  return jipp::bench::relevance::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jipp::bench::relevance;
  Options o;
  for (int i = 0; i < argc; ++i) o.command_line.push_back(argv[i]);
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string* dst) {
      if (i + 1 >= argc) return false;
      *dst = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a == "--corpus") {
      if (!value(&o.corpus)) return usage_error("--corpus needs a value");
    } else if (a == "--queries") {
      if (!value(&o.queries)) return usage_error("--queries needs a value");
    } else if (a == "--qrels") {
      if (!value(&o.qrels)) return usage_error("--qrels needs a value");
    } else if (a == "--indexer") {
      if (!value(&o.indexer)) return usage_error("--indexer needs a value");
    } else if (a == "--searchd") {
      if (!value(&o.searchd)) return usage_error("--searchd needs a value");
    } else if (a == "--out") {
      if (!value(&o.out)) return usage_error("--out needs a value");
    } else if (a == "--name") {
      if (!value(&o.name)) return usage_error("--name needs a value");
    } else if (a == "--pg-bindir") {
      if (!value(&o.pg_bindir)) return usage_error("--pg-bindir needs a value");
    } else if (a == "--limit") {
      unsigned long long n = 0;
      if (!value(&v) || !jipp::cli::parse_uint(v, 100000000, &n) || n == 0) {
        return usage_error("--limit needs a positive integer");
      }
      o.limit = static_cast<size_t>(n);
    } else if (a == "--baselines") {
      if (!value(&v)) return usage_error("--baselines needs a value");
      auto list = parse_baselines(v);
      if (!list.is_ok()) return usage_error(list.status().message());
      o.baselines = std::move(*list);
      o.baselines_explicit = true;
    } else {
      return usage_error("unknown option '" + a + "'");
    }
  }
  for (const auto& [flag, val] :
       {std::pair<const char*, std::string*>{"--corpus", &o.corpus}, {"--queries", &o.queries},
        {"--qrels", &o.qrels}, {"--indexer", &o.indexer}, {"--searchd", &o.searchd},
        {"--out", &o.out}}) {
    if (val->empty()) return usage_error(std::string(flag) + " is required");
  }
  jipp::bench::install_interrupt_handlers();
  return run_relevance(o, std::cout, std::cerr);
}
