// bench-inproc: times searchd's SearchService in-process (no HTTP), single
// thread, warm: for match any and all, facets counted from the posting-list
// bitmap (searchd's default), from the in-memory columns or with Xapian's
// ValueCountMatchSpy over every match, and top 10 only (no facets). Parses
// flags, runs, writes one JSON file.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <string>

#include "common/interrupt.h"
#include "jipp/cli.h"
#include "speed/inproc.h"
#include "speed/proc_info.h"

namespace {

using namespace jipp::bench::speed;
using jipp::searchd::FacetMethod;
using jipp::searchd::MatchMode;

const char* kUsage =
    "usage: bench-inproc --index DIR --queries FILE.tsv --out FILE.json\n"
    "                    [--warmup N] [--passes N] [--data-dir DIR]\n"
    "Times jipp::searchd::SearchService::search() per query, single thread, after N\n"
    "warm-up passes (default 1), over --passes timed passes (default 3).\n"
    "Exit codes: 0 ok, 1 the index cannot be searched, 2 bad usage, 130 interrupted.\n";

int fail(const std::string& message, int code = 1) {
  std::cerr << "bench-inproc: " << message << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  std::string index_dir, queries_path, out_path;
  std::string data_dir = jipp::cli::default_data_dir();
  const std::string hunspell = jipp::cli::default_hunspell_dic();
  unsigned long long warmup = 1, passes = 3;
  jipp::cli::Flags flags("bench-inproc");
  flags.required("--index", &index_dir);
  flags.required("--queries", &queries_path);
  flags.required("--out", &out_path);
  flags.text("--data-dir", &data_dir);
  flags.uint("--warmup", 0, 100, &warmup);
  flags.uint("--passes", 1, 100, &passes);
  if (const std::string err = flags.parse(argc, argv); !err.empty()) return fail(err, 2);
  if (flags.help()) {
    std::cout << kUsage;
    return 0;
  }
  jipp::bench::install_interrupt_handlers();
  auto queries = read_query_set(queries_path);
  if (!queries.is_ok()) return fail(queries.status().message(), 2);

  nlohmann::ordered_json j;
  j["index"] = index_dir;
  j["queries"] = queries->size();
  j["warmup_passes"] = warmup;
  j["timed_passes"] = passes;
  nlohmann::ordered_json runs = nlohmann::ordered_json::array();
  struct Config {
    const char* name;
    FacetMethod method;
    bool facets;
  };
  const Config configs[] = {{"postings", FacetMethod::kPostings, true},
                            {"columns", FacetMethod::kColumns, true},
                            {"valuespy", FacetMethod::kValueSpy, true},
                            {"none", FacetMethod::kPostings, false}};
  for (const Config& c : configs) {
    auto engine = InprocEngine::open(index_dir, data_dir, hunspell, c.method);
    if (!engine.is_ok()) return fail(engine.status().message());
    for (MatchMode match : {MatchMode::kAny, MatchMode::kAll}) {
      const char* match_name = match == MatchMode::kAny ? "any" : "all";
      auto run = run_timed(*queries, static_cast<int>(warmup), static_cast<int>(passes),
                           [&](const BenchQuery& q) { return (*engine)->query(q, match, c.facets); });
      if (!run.is_ok()) return fail(run.status().message(), 130);
      nlohmann::ordered_json r;
      r["facet_method"] = c.name;
      r["facets"] = c.facets;
      r["match"] = match_name;
      r["reload_seconds"] = (*engine)->reload_seconds();
      r.update(to_json(*run, *queries));
      std::cerr << "bench-inproc: facets=" << c.name << " match=" << match_name << ": p50 "
                << run->latency.p50 << " ms, p99 " << run->latency.p99 << " ms, errors "
                << run->errors << "\n";
      if (run->errors) std::cerr << "bench-inproc: first error: " << run->first_error << "\n";
      runs.push_back(std::move(r));
    }
  }
  j["runs"] = runs;
  j["process_peak_rss_kb"] = self_peak_rss_kb();
  std::ofstream out(out_path, std::ios::trunc);
  out << j.dump(1) << "\n";
  if (!out) return fail("cannot write " + out_path);
  return 0;
}
