// bench-peer: loads a corpus into SQLite FTS5 or PostgreSQL and times the
// query set against it (speed benchmark, bench/run). Parses flags, then:
// load (timed, memory read), one warm-up pass and the timed passes for each
// of match any/all x top 10 only / top 10 + facets, one JSON file out.
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "common/interrupt.h"
#include "common/postgres_server.h"
#include "common/temp_dir.h"
#include "jipp/cli.h"
#include "speed/postgres_peer.h"
#include "speed/sqlite_peer.h"

namespace {

using namespace jipp::bench::speed;

const char* kUsage =
    "usage: bench-peer --engine sqlite|postgres --corpus FILE.jsonl --queries FILE.tsv\n"
    "                  --out FILE.json [--warmup N] [--passes N] [--limit N] [--pg-bindir DIR]\n"
    "Loads the corpus (SQLite: a database file in a temporary directory; PostgreSQL: a\n"
    "throw-away server on 127.0.0.1), then times the queries single-threaded in four\n"
    "configurations (match any/all, with and without facet counts). --limit N: only the\n"
    "first N queries (0, the default: all).\n"
    "Exit codes: 0 ok, 1 the engine failed, 2 bad usage, 130 interrupted.\n";

int fail(const std::string& message, int code = 1) {
  std::cerr << "bench-peer: " << message << "\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  std::string engine, corpus, queries_path, out_path;
  std::string pg_bindir = jipp::bench::kDefaultPgBindir;
  unsigned long long warmup = 1, passes = 1, limit = 0;
  jipp::cli::Flags flags("bench-peer");
  flags.required("--engine", &engine);
  flags.required("--corpus", &corpus);
  flags.required("--queries", &queries_path);
  flags.required("--out", &out_path);
  flags.text("--pg-bindir", &pg_bindir);
  flags.uint("--warmup", 0, 100, &warmup);
  flags.uint("--limit", 0, 1000000, &limit);
  flags.uint("--passes", 1, 100, &passes);
  if (const std::string err = flags.parse(argc, argv); !err.empty()) return fail(err, 2);
  if (flags.help()) {
    std::cout << kUsage;
    return 0;
  }
  if (engine != "sqlite" && engine != "postgres") return fail("--engine must be sqlite or postgres", 2);
  jipp::bench::install_interrupt_handlers();

  auto queries = read_query_set(queries_path);
  if (!queries.is_ok()) return fail(queries.status().message(), 2);
  if (limit > 0 && queries->size() > limit) queries->resize(limit);

  // Declared before the peer: the SQLite file's directory outlives it.
  auto work = jipp::bench::TempDir::create("jipp-bench-" + engine + "-");
  if (!work.is_ok()) return fail(work.status().message());
  std::unique_ptr<Peer> peer;
  if (engine == "sqlite") {
    peer = std::make_unique<SqlitePeer>(work->file("fts5.db"));
  } else {
    if (auto s = jipp::bench::check_postgres_binaries(pg_bindir); !s.is_ok()) {
      return fail(s.message());
    }
    peer = std::make_unique<PostgresPeer>(pg_bindir);
  }

  nlohmann::ordered_json j;
  j["engine"] = engine;
  j["corpus"] = corpus;
  j["queries"] = queries->size();
  j["warmup_passes"] = warmup;
  j["timed_passes"] = passes;
  std::cerr << "bench-peer: " << engine << ": loading " << corpus << "\n";
  auto load = peer->load(corpus);
  if (!load.is_ok()) {
    return fail(engine + ": " + load.status().message(), jipp::bench::interrupted() ? 130 : 1);
  }
  j["describe"] = peer->describe();
  j["load"] = to_json(*load);
  j["memory_after_load"] = peer->memory();
  std::cerr << "bench-peer: " << engine << ": " << load->records << " records in "
            << load->seconds << " s; timing " << queries->size() << " queries\n";
  if (auto s = peer->prepare_queries(); !s.is_ok()) return fail(engine + ": " + s.message());

  nlohmann::ordered_json runs = nlohmann::ordered_json::array();
  for (PeerMatch match : {PeerMatch::kAny, PeerMatch::kAll}) {
    for (bool facets : {false, true}) {
      auto run = run_timed(*queries, static_cast<int>(warmup), static_cast<int>(passes),
                           [&](const BenchQuery& q) { return peer->query(q, match, facets); });
      if (!run.is_ok()) return fail(run.status().message(), 130);
      nlohmann::ordered_json r;
      r["match"] = match_name(match);
      r["facets"] = facets;
      r.update(to_json(*run, *queries));
      std::cerr << "bench-peer: " << engine << " match=" << match_name(match)
                << (facets ? " +facets" : " top10") << ": p50 " << run->latency.p50
                << " ms, p99 " << run->latency.p99 << " ms, errors " << run->errors << "\n";
      runs.push_back(std::move(r));
    }
  }
  j["runs"] = runs;
  j["memory_after_queries"] = peer->memory();
  peer.reset();  // stops PostgreSQL before the JSON is final

  std::ofstream out(out_path, std::ios::trunc);
  out << j.dump(1) << "\n";
  if (!out) return fail("cannot write " + out_path);
  return 0;
}
