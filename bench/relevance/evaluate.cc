#include "relevance/evaluate.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <ostream>

#include "common/interrupt.h"

namespace jipp::bench::relevance {

namespace {

constexpr size_t kErrorsShown = 5;

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t i = static_cast<size_t>(std::ceil(p * static_cast<double>(v.size()))) - 1;
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

SystemRun evaluate_system(RetrievalSystem& system, bool baseline, const Corpus& corpus,
                          const std::vector<const EvalQuery*>& queries, const Qrels& qrels,
                          size_t k, std::ostream& log) {
  SystemRun run;
  run.name = system.name();
  run.baseline = baseline;
  log << "relevance: " << run.name << ": indexing " << corpus.records.size() << " records\n"
      << std::flush;

  const auto t0 = Clock::now();
  Status prepared = system.prepare(corpus);
  run.prepare_seconds = seconds_since(t0);
  if (!prepared.is_ok()) {
    run.failure = prepared.message();
    (void)system.shutdown();
    run.info = system.info();
    log << "relevance: " << run.name << ": " << run.failure << "\n";
    return run;
  }

  std::vector<double> latencies;
  const auto q0 = Clock::now();
  for (const EvalQuery* q : queries) {
    if (interrupted()) {
      run.failure = "interrupted";
      break;
    }
    QueryOutcome outcome;
    const auto t = Clock::now();
    auto ranked = system.search(*q, k);
    outcome.ms = seconds_since(t) * 1000.0;
    latencies.push_back(outcome.ms);
    if (ranked.is_ok()) {
      outcome.ranked = std::move(*ranked);
      if (outcome.ranked.size() > k) outcome.ranked.resize(k);
    } else {
      outcome.error = ranked.status().message();
      if (++run.errors <= kErrorsShown) {
        log << "relevance: " << run.name << ": query " << q->qid << " failed: " << outcome.error
            << "\n";
      }
    }
    outcome.scores = score_query(outcome.ranked, qrels.at(q->qid), k);
    run.mrr += outcome.scores.rr;
    run.recall += outcome.scores.recall;
    run.ndcg += outcome.scores.ndcg;
    run.outcomes.push_back(std::move(outcome));
  }
  run.query_seconds = seconds_since(q0);
  if (!run.outcomes.empty()) {
    const double n = static_cast<double>(run.outcomes.size());
    run.mrr /= n;
    run.recall /= n;
    run.ndcg /= n;
  }
  run.p50_ms = percentile(latencies, 0.50);
  run.p95_ms = percentile(latencies, 0.95);
  if (run.errors > kErrorsShown) {
    log << "relevance: " << run.name << ": " << run.errors - kErrorsShown
        << " more failed queries (see per_query.tsv)\n";
  }

  if (Status s = system.shutdown(); !s.is_ok()) {
    run.shutdown_warning = s.message();
    log << "relevance: " << run.name << ": warning: " << s.message() << "\n";
  }
  run.info = system.info();
  log << "relevance: " << run.name << ": " << run.outcomes.size() << " queries in " << std::fixed
      << std::setprecision(2) << run.query_seconds << " s (prepared in " << run.prepare_seconds
      << " s)\n"
      << std::defaultfloat << std::flush;
  return run;
}

}  // namespace jipp::bench::relevance
