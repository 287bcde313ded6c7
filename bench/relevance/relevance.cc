#include "relevance/relevance.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <memory>
#include <ostream>
#include <unordered_set>

#include "common/interrupt.h"
#include "common/postgres_server.h"
#include "relevance/collection.h"
#include "relevance/evaluate.h"
#include "relevance/metrics.h"
#include "relevance/postgres_baseline.h"
#include "relevance/report.h"
#include "relevance/searchd_system.h"
#include "relevance/sqlite_baseline.h"
#include "relevance/xapian_baseline.h"

namespace jipp::bench::relevance {

namespace {

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool is_executable_file(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

std::unique_ptr<RetrievalSystem> make_baseline(const std::string& name, const Options& o) {
  if (name == kBaselineXapian) return std::make_unique<XapianBaseline>();
  if (name == kBaselineSqlite) return std::make_unique<SqliteBaseline>();
  PostgresOptions pg;
  if (!o.pg_bindir.empty()) pg.bindir = o.pg_bindir;
  return std::make_unique<PostgresBaseline>(pg);
}

}  // namespace

Result<std::vector<std::string>> parse_baselines(std::string_view list) {
  std::unordered_set<std::string> chosen;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string item(list.substr(start, comma - start));
    start = comma + 1;
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (item == "xapian" || item == kBaselineXapian) {
      chosen.insert(kBaselineXapian);
    } else if (item == "sqlite" || item == "fts5" || item == kBaselineSqlite) {
      chosen.insert(kBaselineSqlite);
    } else if (item == "postgres" || item == "postgresql" || item == "pg") {
      chosen.insert(kBaselinePostgres);
    } else if (item == "none") {
    } else {
      return Status::invalid("--baselines: unknown baseline \"" + item +
                             "\" (known: xapian, sqlite, postgres, none)");
    }
  }
  std::vector<std::string> ordered;
  for (const char* name : {kBaselineXapian, kBaselineSqlite, kBaselinePostgres}) {
    if (chosen.count(name)) ordered.push_back(name);
  }
  return ordered;
}

int run_relevance(const Options& o, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  const auto t0 = std::chrono::steady_clock::now();
  auto usage = [&](const std::string& message) {
    err << "relevance: " << message << "\n";
    return kExitUsage;
  };

  for (const auto& [flag, path] : {std::pair<const char*, const std::string*>{"--indexer", &o.indexer},
                                   {"--searchd", &o.searchd}}) {
    if (!is_executable_file(*path)) return usage(std::string(flag) + " " + *path + ": not an executable file");
  }
  auto corpus = load_corpus(o.corpus);
  if (!corpus.is_ok()) return usage(corpus.status().message());
  auto queries = load_queries(o.queries);
  if (!queries.is_ok()) return usage(queries.status().message());
  auto qrels = load_qrels(o.qrels);
  if (!qrels.is_ok()) return usage(qrels.status().message());
  if (corpus->records.empty()) return usage(o.corpus + ": no records");
  for (const std::string& example : corpus->skipped_examples) {
    err << example << " (skipped by the baselines)\n";
  }

  RunFacts facts;
  facts.started_at = utc_now();
  facts.command = o.command_line;
  facts.corpus_path = o.corpus;
  facts.queries_path = o.queries;
  facts.qrels_path = o.qrels;
  facts.corpus_records = corpus->records.size();
  facts.corpus_skipped_lines = corpus->skipped;
  facts.queries_read = queries->size();
  facts.limit = o.limit;
  facts.cutoff = kCutoff;

  // PostgreSQL is the one baseline that needs programs outside our build.
  std::vector<std::string> baselines = o.baselines;
  if (std::count(baselines.begin(), baselines.end(), kBaselinePostgres)) {
    const std::string bindir = o.pg_bindir.empty() ? kDefaultPgBindir : o.pg_bindir;
    if (Status s = check_postgres_binaries(bindir); !s.is_ok()) {
      if (o.baselines_explicit) {
        err << "relevance: cannot run the postgres baseline: " << s.message() << "\n";
        return kExitBaselineUnavailable;
      }
      err << "relevance: skipping the postgres baseline: " << s.message() << "\n";
      facts.skipped_systems[kBaselinePostgres] = s.message();
      baselines.erase(std::remove(baselines.begin(), baselines.end(), kBaselinePostgres),
                      baselines.end());
    }
  }

  std::error_code ec;
  fs::create_directories(o.out, ec);
  if (ec || !fs::is_directory(o.out)) {
    return usage("--out " + o.out + ": cannot create directory" + (ec ? ": " + ec.message() : ""));
  }
  facts.name = o.name;
  if (facts.name.empty()) {
    facts.name = fs::path(o.out).lexically_normal().filename().string();
    if (facts.name.empty()) facts.name = fs::path(o.out).lexically_normal().parent_path().filename().string();
  }

  // The queries to evaluate: the first --limit, minus those nobody judged.
  std::unordered_set<std::string> corpus_ids;
  for (const CorpusRecord& r : corpus->records) corpus_ids.insert(r.id);
  std::vector<const EvalQuery*> judged;
  const size_t considered = o.limit ? std::min(o.limit, queries->size()) : queries->size();
  for (size_t i = 0; i < considered; ++i) {
    const EvalQuery& q = (*queries)[i];
    auto it = qrels->find(q.qid);
    if (it == qrels->end() || relevant_count(it->second) == 0) {
      ++facts.queries_without_qrels;
      continue;
    }
    for (const auto& [id, grade] : it->second) {
      if (grade >= 1 && !corpus_ids.count(id)) ++facts.judged_ids_missing;
    }
    judged.push_back(&q);
  }
  facts.queries_considered = considered;
  facts.queries_evaluated = judged.size();
  if (judged.empty()) {
    return usage("none of the " + std::to_string(considered) + " queries in " + o.queries +
                 " has a relevant judgment in " + o.qrels + " (do the qids match?)");
  }
  err << "relevance: " << facts.name << ": " << corpus->records.size() << " records, "
      << judged.size() << " judged queries";
  if (facts.queries_without_qrels) {
    err << " (" << facts.queries_without_qrels << " without relevant judgments skipped)";
  }
  err << "\n";
  if (facts.judged_ids_missing) {
    err << "relevance: warning: " << facts.judged_ids_missing
        << " relevant record id(s) in the qrels are not in the corpus; no system can find them\n";
  }

  std::vector<SystemRun> runs;
  bool failed = false;
  {
    SearchdSystem searchd({o.indexer, o.searchd, (fs::path(o.out) / "index").string()});
    runs.push_back(evaluate_system(searchd, /*baseline=*/false, *corpus, judged, *qrels, kCutoff, err));
    const IndexBuildResult& b = searchd.build();
    if (b.read) {
      err << "relevance: indexer: " << *b.indexed << " of " << *b.read << " records indexed, "
          << *b.rejected << " rejected\n";
      if (*b.rejected > 0 && *b.indexed > 0) {
        err << "relevance: warning: the baselines index records the indexer rejected, so "
               "searchd cannot find those (all in "
            << b.rejects_path << "); the first:\n"
            << first_errors(b.output, 3);
      }
    } else if (runs.back().ok()) {
      err << "relevance: warning: the indexer printed no totals line; rejected count unknown\n";
    }
  }
  for (const std::string& name : baselines) {
    if (interrupted()) break;
    std::unique_ptr<RetrievalSystem> system = make_baseline(name, o);
    runs.push_back(evaluate_system(*system, /*baseline=*/true, *corpus, judged, *qrels, kCutoff, err));
  }
  for (const SystemRun& r : runs) failed = failed || !r.ok();

  facts.total_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (Status s = write_reports(o.out, facts, judged, runs); !s.is_ok()) {
    err << "relevance: " << s.message() << "\n";
    failed = true;
  }
  print_table(out, runs);
  out << std::flush;
  err << "relevance: wrote " << (fs::path(o.out) / "summary.json").string() << " and per_query.tsv\n";
  if (interrupted()) {
    err << "relevance: interrupted\n";
    return kExitInterrupted;
  }
  return failed ? kExitFailed : kExitOk;
}

}  // namespace jipp::bench::relevance
