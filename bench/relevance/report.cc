#include "relevance/report.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <ostream>

#include "relevance/searchd_system.h"

namespace jipp::bench::relevance {

namespace {

constexpr size_t kTopShown = 3;

double round_to(double v, int decimals) {
  const double f = std::pow(10.0, decimals);
  return std::round(v * f) / f;
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// One TSV cell: tabs and line breaks would break the row.
std::string cell(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

const SystemRun* find_searchd(const std::vector<SystemRun>& runs) {
  for (const SystemRun& r : runs) {
    if (r.name == kSearchdSystemName) return &r;
  }
  return nullptr;
}

}  // namespace

std::optional<Comparison> compare_to_best_baseline(const std::vector<SystemRun>& runs) {
  const SystemRun* searchd = find_searchd(runs);
  if (!searchd || !searchd->ok()) return std::nullopt;
  const SystemRun* best = nullptr;
  for (const SystemRun& r : runs) {
    if (r.baseline && r.ok() && (!best || r.ndcg > best->ndcg)) best = &r;
  }
  if (!best) return std::nullopt;
  return Comparison{best->name, searchd->ndcg - best->ndcg};
}

nlohmann::ordered_json summary_json(const RunFacts& f, const std::vector<SystemRun>& runs) {
  using json = nlohmann::ordered_json;
  json j;
  j["name"] = f.name;
  j["started_at"] = f.started_at;
  j["command"] = f.command;
  j["cutoff"] = f.cutoff;
  j["corpus"] = {{"path", f.corpus_path},
                 {"records", f.corpus_records},
                 {"skipped_lines", f.corpus_skipped_lines}};
  j["queries"] = {{"path", f.queries_path},
                  {"qrels", f.qrels_path},
                  {"read", f.queries_read},
                  {"limit", f.limit ? json(f.limit) : json(nullptr)},
                  {"considered", f.queries_considered},
                  {"evaluated", f.queries_evaluated},
                  {"skipped_without_qrels", f.queries_without_qrels},
                  {"relevant_ids_missing_from_corpus", f.judged_ids_missing}};
  json systems = json::object();
  for (const SystemRun& r : runs) {
    json s;
    s["baseline"] = r.baseline;
    if (!r.ok()) s["error"] = r.failure;
    if (r.ok()) {
      s["mrr10"] = round_to(r.mrr, 6);
      s["recall10"] = round_to(r.recall, 6);
      s["ndcg10"] = round_to(r.ndcg, 6);
    }
    s["queries"] = r.outcomes.size();
    s["errors"] = r.errors;
    if (!r.shutdown_warning.empty()) s["warning"] = r.shutdown_warning;
    s["timing"] = {{"prepare_seconds", round_to(r.prepare_seconds, 3)},
                   {"query_seconds", round_to(r.query_seconds, 3)},
                   {"query_ms_p50", round_to(r.p50_ms, 3)},
                   {"query_ms_p95", round_to(r.p95_ms, 3)}};
    s["info"] = r.info;
    systems[r.name] = std::move(s);
  }
  j["systems"] = std::move(systems);
  json skipped = json::object();
  for (const auto& [name, why] : f.skipped_systems) skipped[name] = why;
  j["skipped_systems"] = std::move(skipped);
  if (auto c = compare_to_best_baseline(runs)) {
    j["best_baseline"] = c->best_baseline;
    j["searchd_vs_best_baseline_ndcg10"] = round_to(c->delta_ndcg, 6);
  }
  j["total_seconds"] = round_to(f.total_seconds, 3);
  return j;
}

Status write_reports(const std::string& out_dir, const RunFacts& facts,
                     const std::vector<const EvalQuery*>& queries,
                     const std::vector<SystemRun>& runs) {
  const std::string summary_path = out_dir + "/summary.json";
  {
    std::ofstream out(summary_path, std::ios::trunc);
    out << summary_json(facts, runs).dump(2) << "\n";
    if (!out) return Status(ErrorKind::kUnavailable, "cannot write " + summary_path);
  }
  const std::string tsv_path = out_dir + "/per_query.tsv";
  std::ofstream out(tsv_path, std::ios::trunc);
  out << "qid\tquery\tsystem\trr\trecall\tndcg\tfirst_relevant_rank\ttop3\terror\n";
  for (size_t i = 0; i < queries.size(); ++i) {
    for (const SystemRun& r : runs) {
      if (i >= r.outcomes.size()) continue;  // failed or interrupted system
      const QueryOutcome& o = r.outcomes[i];
      std::string top;
      for (size_t t = 0; t < o.ranked.size() && t < kTopShown; ++t) {
        top += (t ? "," : "") + o.ranked[t];
      }
      out << cell(queries[i]->qid) << '\t' << cell(queries[i]->text) << '\t' << r.name << '\t'
          << fixed(o.scores.rr, 4) << '\t' << fixed(o.scores.recall, 4) << '\t'
          << fixed(o.scores.ndcg, 4) << '\t' << o.scores.first_relevant_rank << '\t' << cell(top)
          << '\t' << cell(o.error) << '\n';
    }
  }
  if (!out) return Status(ErrorKind::kUnavailable, "cannot write " + tsv_path);
  return Status::ok();
}

void print_table(std::ostream& out, const std::vector<SystemRun>& runs) {
  char line[160];
  std::snprintf(line, sizeof line, "%-16s  %6s  %9s  %7s\n", "system", "MRR@10", "Recall@10",
                "nDCG@10");
  out << line;
  for (const SystemRun& r : runs) {
    if (r.ok()) {
      std::snprintf(line, sizeof line, "%-16s  %6.3f  %9.3f  %7.3f", r.name.c_str(), r.mrr,
                    r.recall, r.ndcg);
      out << line;
      if (r.errors) out << "  (" << r.errors << " failed queries)";
      out << "\n";
    } else {
      std::snprintf(line, sizeof line, "%-16s  %s\n", r.name.c_str(), "failed (see above)");
      out << line;
    }
  }
  if (auto c = compare_to_best_baseline(runs)) {
    std::snprintf(line, sizeof line, "searchd vs best baseline: %+.3f nDCG@10 (%s)\n",
                  c->delta_ndcg, c->best_baseline.c_str());
    out << line;
  }
}

}  // namespace jipp::bench::relevance
