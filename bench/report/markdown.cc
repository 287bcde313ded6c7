#include "report/markdown.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "report/format.h"

namespace jipp::bench::report {

namespace {

using json = nlohmann::json;

const SizeResults* find_size(const std::vector<SizeResults>& rs, uint64_t records) {
  for (const auto& r : rs) {
    if (r.records == records) return &r;
  }
  return nullptr;
}

// The size the headline tables use: the requested one, else the largest
// with peer results, else the largest.
const SizeResults* headline(const std::vector<SizeResults>& rs, uint64_t want) {
  if (const SizeResults* r = find_size(rs, want)) return r;
  for (auto it = rs.rbegin(); it != rs.rend(); ++it) {
    if (it->sqlite.is_object() || it->postgres.is_object()) return &*it;
  }
  return rs.empty() ? nullptr : &rs.back();
}

std::string pg_name(const SizeResults& r) {
  std::string v = r.postgres.is_object() ? r.postgres["describe"].value("version", "") : "";
  return "PostgreSQL" + (v.empty() ? "" : " " + v.substr(0, v.find(' ')));
}

std::string sqlite_name(const SizeResults& r) {
  std::string v = r.sqlite.is_object() ? r.sqlite["describe"].value("version", "") : "";
  return "SQLite FTS5" + (v.empty() ? "" : " " + v);
}

std::string cell(const std::optional<Latency>& l, bool p99) {
  if (!l) return "-";
  return fmt_ms(p99 ? l->p99 : l->p50);
}

// "value (xR)" where R = value / base.
std::string cell_ratio(const std::optional<Latency>& l, const std::optional<Latency>& base,
                       bool p99) {
  if (!l) return "-";
  const double v = p99 ? l->p99 : l->p50;
  if (!base) return fmt_ms(v);
  const double b = p99 ? base->p99 : base->p50;
  return fmt_ms(v) + " (" + fmt_ratio(b > 0 ? v / b : NAN) + ")";
}

uint64_t u64(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_number()) return 0;
  return j[key].get<uint64_t>();
}

// Figures where an older run's "columns" stands in for searchd's default
// ("postings") carry this mark, explained by fallback_note() below the table.
const char* const kFallbackMark = "\u2020";  // a dagger

std::string mark(const SizeResults& r) {
  return method_fallback(r) ? std::string(" ") + kFallbackMark : "";
}

// searchd's method at this size: "postings", or "columns †".
std::string method_label(const SizeResults& r) { return searchd_method(r) + mark(r); }

void fallback_note(std::ostringstream& md, bool any) {
  if (!any) return;
  md << kFallbackMark << ": no postings run at this size (results from before it became "
        "searchd's default): the columns run, the default then, stands in for searchd, and "
        "top 10 only ranked every match.\n\n";
}

double dbl(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_number()) return 0;
  return j[key].get<double>();
}

std::string machine_line(const json& meta) {
  const json& m = meta["machine"];
  return std::to_string(m.value("nproc", 0)) + " CPUs (" + m.value("cpu_model", "?") + "), " +
         fmt_fixed(m.value("mem_total_kb", 0.0) / 1024.0 / 1024.0, 1) + " GiB RAM, Linux " +
         m.value("kernel", "");
}

// ---------------------------------------------------------------------------

void runs_section(std::ostringstream& md, const std::vector<SizeResults>& rs) {
  md << "## Runs\n\n";
  md << "| records | date (UTC) | commit | command | machine | build | timed passes in-process / peers; peer queries |\n";
  md << "| ---: | --- | --- | --- | --- | --- | --- |\n";
  for (const auto& r : rs) {
    const json& m = r.meta;
    md << "| " << fmt_int(r.records) << " | " << m.value("date", "?") << " | `"
       << m.value("commit", "?") << "` | `" << m.value("command", "?") << "` | "
       << machine_line(m) << " | " << m["build"].value("type", "?") << " `"
       << m["build"].value("cxx_flags", "") << "`, " << m["build"].value("compiler", "")
       << " | " << (r.inproc.is_object() ? std::to_string(r.inproc.value("timed_passes", 0)) : "-")
       << " / "
       << (r.sqlite.is_object() ? std::to_string(r.sqlite.value("timed_passes", 0))
                                : r.postgres.is_object() ? std::to_string(r.postgres.value("timed_passes", 0)) : "-")
       << "; " << (r.postgres.is_object() ? std::to_string(r.postgres.value("queries", 0))
                   : r.sqlite.is_object() ? std::to_string(r.sqlite.value("queries", 0)) : "-")
       << " of " << (r.inproc.is_object() ? std::to_string(r.inproc.value("queries", 0)) : "-")
       << " |\n";
    if (m.contains("reruns")) {
      for (const auto& re : m["reruns"]) {
        md << "| " << fmt_int(r.records) << " again: " << re.value("stages", "") << " | "
           << re.value("date", "?") << " | `" << re.value("commit", "?") << "` | `"
           << re.value("command", "?") << "` | same | same | |\n";
      }
    }
  }
  md << "\n";
  md << "Stage wall times and how busy the machine was. The machine may be shared with other "
        "work: before each measuring stage bench/run waits (up to 3 minutes) for other "
        "processes to use under 10% of the CPUs (\"start\"), and \"others\" is the CPU share "
        "other processes took while the stage ran (all CPU time minus the stage's own, over "
        "wall time x "
     << rs.back().meta["machine"].value("nproc", 0)
     << " CPUs). A high share inflates that stage's latencies, p99 most; load averages are "
        "1/5/15-minute.\n\n";
  md << "| records | stage | seconds | exit | load before | load after | start | others |\n";
  md << "| ---: | --- | ---: | ---: | --- | --- | --- | ---: |\n";
  for (const auto& r : rs) {
    for (const auto& st : r.stages) {
      if (st.size() < 5) continue;
      md << "| " << fmt_int(r.records) << " | " << st[0] << " | " << st[1] << " | " << st[2]
         << " | " << st[3] << " | " << st[4] << " | " << (st.size() > 5 ? st[5] : "")
         << " | " << (st.size() > 6 ? st[6] : "") << " |\n";
    }
  }
  md << "\n";
}

struct Target {
  std::string what;
  std::string measured;
  std::string verdict;  // "met", "missed", "not run"
};

std::string verdict(bool met) { return met ? "**met**" : "**missed**"; }

std::vector<Target> evaluate_targets(const std::vector<SizeResults>& rs, const ReportOptions& o) {
  std::vector<Target> ts;
  const SizeResults* h = find_size(rs, o.headline_records);
  const std::string hl = size_label(o.headline_records);
  auto not_run = [&](const std::string& what, const std::string& why) {
    ts.push_back({what, why, "not run"});
  };

  // 1. top 10 + facets faster than every peer, >= 2x SQLite, >= 10x PG.
  for (const char* match : {"all", "any"}) {
    const std::string mode = std::string("match=") + match;
    const std::string what_s = hl + ", " + mode + ": searchd top 10 + facets >= 2x faster than "
                               "SQLite FTS5 (median and p99, in-process)";
    const std::string what_p = hl + ", " + mode + ": searchd top 10 + facets >= 10x faster than "
                               "PostgreSQL (median and p99, in-process)";
    if (!h) {
      not_run(what_s, "no " + hl + " run");
      not_run(what_p, "no " + hl + " run");
      continue;
    }
    const auto s = inproc_latency(*h, searchd_method(*h), match);
    for (const auto& [peer, factor, what] :
         {std::tuple{&h->sqlite, 2.0, what_s}, std::tuple{&h->postgres, 10.0, what_p}}) {
      const auto p = peer_latency(*peer, match, true);
      if (!s || !p) {
        not_run(what, "stage missing");
        continue;
      }
      const double r50 = p->p50 / s->p50, r99 = p->p99 / s->p99;
      std::ostringstream m;
      m << "searchd (" << method_label(*h) << ") " << fmt_ms(s->p50) << " / " << fmt_ms(s->p99)
        << " ms, peer " << fmt_ms(p->p50) << " / " << fmt_ms(p->p99) << " ms: " << fmt_ratio(r50)
        << " at the median, " << fmt_ratio(r99) << " at p99";
      ts.push_back({what, m.str(), verdict(r50 >= factor && r99 >= factor)});
    }
  }
  // 2. HTTP p99 <= 20 ms at 8 connections (100k), <= 100 ms (1M).
  for (const auto& [records, limit] :
       {std::pair{o.headline_records, 20.0}, std::pair{o.large_records, 100.0}}) {
    const std::string what = size_label(records) + ": HTTP p99 <= " + fmt_fixed(limit, 0) +
                             " ms at 8 connections (match=any, the default)";
    const SizeResults* r = find_size(rs, records);
    const auto l = r ? http_latency(*r, "any", 8) : std::nullopt;
    if (!l) {
      not_run(what, r ? "no wrk run at 8 connections" : "no " + size_label(records) + " run");
      continue;
    }
    std::string m = "p99 " + fmt_ms(l->p99) + " ms (p50 " + fmt_ms(l->p50) + " ms)";
    if (const auto a = http_latency(*r, "all", 8)) m += "; match=all p99 " + fmt_ms(a->p99) + " ms";
    ts.push_back({what, m, verdict(l->p99 <= limit)});
  }
  // 3. HTTP + JSON overhead <= 25% over in-process.
  {
    const std::string what = hl + ": HTTP + JSON overhead <= 25% over in-process "
                                  "(1 connection vs in-process, searchd's default facet method, "
                                  "match=any, median)";
    const auto hp = h ? http_latency(*h, "any", 1) : std::nullopt;
    const auto ip = h ? inproc_latency(*h, searchd_method(*h), "any") : std::nullopt;
    if (!hp || !ip) {
      not_run(what, "stage missing");
    } else {
      const double over = hp->p50 / ip->p50 - 1;
      std::ostringstream m;
      m << "HTTP " << fmt_ms(hp->p50) << " ms vs in-process (" << method_label(*h) << ") "
        << fmt_ms(ip->p50) << " ms: +" << fmt_fixed(over * 100, 0) << "% (p99: " << fmt_ms(hp->p99)
        << " vs " << fmt_ms(ip->p99) << " ms, " << (hp->p99 >= ip->p99 ? "+" : "")
        << fmt_fixed((hp->p99 / ip->p99 - 1) * 100, 0) << "%)";
      ts.push_back({what, m.str(), verdict(over <= 0.25)});
    }
  }
  // 4. indexing faster than PostgreSQL.
  {
    const std::string what = hl + ": indexing (records/s) faster than PostgreSQL";
    if (!h || !h->indexer.is_object() || !h->postgres.is_object()) {
      not_run(what, "stage missing");
    } else {
      const double a = dbl(h->indexer, "records_per_s");
      const double b = dbl(h->postgres["load"], "records_per_s");
      std::ostringstream m;
      m << "indexer " << fmt_int(static_cast<uint64_t>(a)) << " records/s, PostgreSQL "
        << fmt_int(static_cast<uint64_t>(b)) << " records/s (" << fmt_ratio(a / b) << ")";
      ts.push_back({what, m.str(), verdict(a > b)});
    }
  }
  // 5. searchd RSS <= 300 MB at 1M.
  {
    const std::string what = size_label(o.large_records) + ": searchd RSS <= 300 MB (max under load)";
    const SizeResults* r = find_size(rs, o.large_records);
    if (!r || !r->http.is_object()) {
      not_run(what, r ? "no wrk run" : "no " + size_label(o.large_records) + " run");
    } else {
      const uint64_t kb = u64(r->http, "load_max_rss_kb");
      ts.push_back({what,
                    fmt_kb_as_mb(kb) + " max under load (" + fmt_kb_as_mb(u64(r->http, "idle_rss_kb")) +
                        " idle)",
                    verdict(kb <= 300 * 1024)});
    }
  }
  return ts;
}

void targets_section(std::ostringstream& md, const std::vector<SizeResults>& rs,
                     const ReportOptions& o) {
  md << "## Targets\n\n";
  md << "From the issue. \"in-process\" is single-threaded and warm; peers are timed the same "
        "way through their client libraries (PostgreSQL over a local TCP connection).\n\n";
  md << "| target | measured | verdict |\n| --- | --- | --- |\n";
  for (const Target& t : evaluate_targets(rs, o)) {
    md << "| " << t.what << " | " << t.measured << " | " << t.verdict << " |\n";
  }
  md << "\n";
  const SizeResults* h = find_size(rs, o.headline_records);
  fallback_note(md, h && method_fallback(*h));
}

void headline_section(std::ostringstream& md, const SizeResults& h) {
  const std::string def = searchd_method(h);
  md << "## Query latency at " << size_label(h.records) << " records\n\n";
  md << "Per query, single thread, warm (one untimed pass first), " << h.inproc.value("queries", 0)
     << " queries; milliseconds. HTTP rows are wrk's per-request latency (wrk -t1 -c1 and "
        "-t2 -c8). In parentheses: this row divided by searchd in-process doing the same work "
        "(top 10 + facets rows by searchd's default, the "
     << method_label(h) << " row; top 10 only rows by searchd's top 10 only row; HTTP rows by "
        "in-process " << method_label(h) << "); above x1 means searchd in-process is faster "
        "by that factor. The searchd rows with facets differ only in how the exact total and "
        "facet counts are taken: postings ranks just the top 10 and counts a bitmap of the "
        "matches read from the posting lists; columns and value spy let Xapian visit every "
        "match and count it with a match spy (see How each engine was set up).\n\n";
  md << "| engine | work | match=all p50 | match=all p99 | match=any p50 | match=any p99 |\n";
  md << "| --- | --- | ---: | ---: | ---: | ---: |\n";
  struct Row {
    std::string engine, work;
    std::function<std::optional<Latency>(const std::string&)> get;
    std::function<std::optional<Latency>(const std::string&)> base;  // null: no ratio
  };
  auto in = [&h](std::string m) {
    return [&h, m](const std::string& match) { return inproc_latency(h, m, match); };
  };
  auto peer = [](const json& p, bool f) {
    return [&p, f](const std::string& match) { return peer_latency(p, match, f); };
  };
  auto http = [&h](int c) {
    return [&h, c](const std::string& match) { return http_latency(h, match, c); };
  };
  std::vector<Row> rows{
      {"searchd in-process", "top 10 + facets, " + def + " (default)" + mark(h), in(def), nullptr}};
  // The other counting methods, against the default: the effect of the method.
  for (const auto& [m, work] :
       {std::pair{"columns", "top 10 + facets, columns: every match + column spy"},
        std::pair{"valuespy", "top 10 + facets, value spy: every match + ValueCountMatchSpy"}}) {
    if (m != def) rows.push_back({"searchd in-process", work, in(m), in(def)});
  }
  rows.insert(rows.end(), {
      {"searchd in-process", "top 10 only" + mark(h), in("none"), nullptr},
      {"searchd HTTP, 1 connection", "top 10 + facets + JSON", http(1), in(def)},
      {"searchd HTTP, 8 connections", "top 10 + facets + JSON", http(8), in(def)},
      {sqlite_name(h), "top 10 only", peer(h.sqlite, false), in("none")},
      {sqlite_name(h), "top 10 + facets", peer(h.sqlite, true), in(def)},
      {pg_name(h), "top 10 only", peer(h.postgres, false), in("none")},
      {pg_name(h), "top 10 + facets", peer(h.postgres, true), in(def)},
  });
  for (const Row& r : rows) {
    md << "| " << r.engine << " | " << r.work;
    for (const char* match : {"all", "any"}) {
      const auto l = r.get(match);
      const auto b = r.base ? r.base(match) : std::nullopt;
      md << " | " << cell_ratio(l, b, false) << " | " << cell_ratio(l, b, true);
    }
    md << " |\n";
  }
  md << "\n";
  // The same ratios the other way round, as the targets state them.
  md << "Peer time / searchd time for top 10 + facets (searchd: " << method_label(h) << "): ";
  std::vector<std::string> parts;
  for (const auto& [p, name] : {std::pair{&h.sqlite, sqlite_name(h)}, std::pair{&h.postgres, pg_name(h)}}) {
    for (const char* match : {"all", "any"}) {
      const auto s = inproc_latency(h, def, match);
      const auto l = peer_latency(*p, match, true);
      if (!s || !l) continue;
      parts.push_back(name + " " + fmt_ratio(l->p50 / s->p50) + " / " +
                      fmt_ratio(l->p99 / s->p99) + " (median / p99, match=" + match + ")");
    }
  }
  for (size_t i = 0; i < parts.size(); ++i) md << (i ? "; " : "") << parts[i];
  md << ".\n\n";
  fallback_note(md, method_fallback(h));
}

void latency_by_size_section(std::ostringstream& md, const std::vector<SizeResults>& rs) {
  md << "## Query latency at every size\n\n";
  md << "p50 / p99 in milliseconds, single thread, warm. \"+f\": top 10 + province, agency and "
        "year counts; \"top 10\": no facets. searchd counts +f with postings (its default) and, "
        "for comparison, columns and value spy (every match visited). HTTP: wrk, 1 "
        "connection.\n\n";
  for (const char* match : {"all", "any"}) {
    md << "match=" << match << (std::string(match) == "any" ? " (searchd's default)" : "")
       << ":\n\n";
    md << "| records | searchd +f postings (default) | searchd +f columns | searchd +f value spy "
          "| searchd top 10 | searchd HTTP +f "
          "| SQLite +f | SQLite top 10 | PostgreSQL +f | PostgreSQL top 10 |\n";
    md << "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    bool subset_note = false, fallback = false;
    for (const auto& r : rs) {
      auto pair = [](const std::optional<Latency>& l) {
        return l ? fmt_ms(l->p50) + " / " + fmt_ms(l->p99) : std::string("-");
      };
      const int all_q = r.inproc.is_object() ? r.inproc.value("queries", 0) : 0;
      auto peer_pair = [&](const json& p, bool f) {
        std::string c = pair(peer_latency(p, match, f));
        if (p.is_object() && p.value("queries", 0) < all_q) {
          c += " *" + std::to_string(p.value("queries", 0));
          subset_note = true;
        }
        return c;
      };
      fallback |= method_fallback(r);
      md << "| " << fmt_int(r.records) << " | "
         << pair(inproc_latency(r, searchd_method(r), match)) << mark(r) << " | "
         << pair(inproc_latency(r, "columns", match)) << " | "
         << pair(inproc_latency(r, "valuespy", match)) << " | "
         << pair(inproc_latency(r, "none", match)) << mark(r) << " | "
         << pair(http_latency(r, match, 1)) << " | " << peer_pair(r.sqlite, true) << " | "
         << peer_pair(r.sqlite, false) << " | " << peer_pair(r.postgres, true) << " | "
         << peer_pair(r.postgres, false) << " |\n";
    }
    md << "\n";
    if (subset_note) {
      md << "*N: the peer answered only the first N queries of the set at that size (each "
            "once after a warm-up pass), to keep the run within the hour.\n\n";
    }
    fallback_note(md, fallback);
  }
}

void http_section(std::ostringstream& md, const std::vector<SizeResults>& rs,
                  const ReportOptions& o) {
  md << "## searchd over HTTP (wrk)\n\n";
  const SizeResults* any = rs.empty() ? nullptr : &rs.back();
  const int threads = any && any->http.is_object() ? any->http.value("searchd_threads", 0) : 0;
  md << "searchd runs with `--threads " << threads
     << "` on 127.0.0.1; wrk (same machine, so it competes for the same cores) cycles through "
        "the query set as `/v1/search?q=...&per_page=10&<filters>` with the default facets; "
        "`-t2` (`-t1` at 1 connection), "
     << (any && any->http.is_object() ? std::to_string(any->http.value("wrk_duration_s", 0)) : "?")
     << " s per row, after one sequential warm-up pass over every path. Errors: socket "
        "errors, timeouts (30 s) and HTTP statuses >= 400. Listen overflows / SYN retransmits: "
        "the kernel's TcpExt counters (system-wide) during the row; a connection attempt "
        "dropped on a full listen queue is retried by the client after 1 s, then 3 s, which "
        "shows up as latency, not as an error. RSS: searchd's largest VmRSS sampled every "
        "100 ms during the row.\n\n";
  md << "![HTTP throughput and latency](" << o.plots_rel_dir << "/http.png)\n\n";
  md << "| records | match | connections | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors | "
        "listen overflows / SYN retransmits | RSS |\n";
  md << "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (const auto& r : rs) {
    if (!r.http.is_object()) continue;
    for (const auto& run : r.http["runs"]) {
      const json& l = run["latency_ms"];
      md << "| " << fmt_int(r.records) << " | " << run.value("match", "") << " | "
         << run.value("connections", 0) << " | " << fmt_fixed(run.value("requests_per_s", 0.0), 0)
         << " | " << fmt_ms(l.value("p50", 0.0)) << " | " << fmt_ms(l.value("p90", 0.0)) << " | "
         << fmt_ms(l.value("p99", 0.0)) << " | " << fmt_ms(l.value("max", 0.0)) << " | "
         << run["errors"].value("total", 0) << " | "
         << (run.contains("listen_overflows")
                 ? fmt_int(u64(run, "listen_overflows")) + " / " + fmt_int(u64(run, "syn_retransmits"))
                 : std::string("-"))
         << " | " << fmt_kb_as_mb(u64(run, "max_rss_kb")) << " |\n";
    }
  }
  md << "\n";
}

void indexing_section(std::ostringstream& md, const std::vector<SizeResults>& rs,
                      const ReportOptions& o) {
  md << "## Indexing\n\n";
  md << "The same JSONL file for every engine. indexer: the real `indexer build` CLI (one "
        "process; peak RSS from getrusage of the child). SQLite: inserts in one transaction + "
        "FTS5 'optimize' + ANALYZE, in the benchmark process (its peak RSS). PostgreSQL: "
        "CREATE TABLE + COPY in one transaction, then the GIN and B-tree indexes and VACUUM "
        "ANALYZE (server start not counted); peak RSS of the backend and PSS of all server "
        "processes after the load. Size on disk: the index directory (indexer), the database "
        "file (SQLite), pg_total_relation_size (PostgreSQL: table, TOAST and indexes).\n\n";
  md << "![Indexing throughput](" << o.plots_rel_dir << "/indexing.png)\n\n";
  md << "| records | engine | seconds | records/s | MB/s | size on disk | bytes/record | peak RSS |\n";
  md << "| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |\n";
  for (const auto& r : rs) {
    auto row = [&](const std::string& name, const json& j, const std::string& rss) {
      md << "| " << fmt_int(r.records) << " | " << name << " | " << fmt_fixed(dbl(j, "seconds"), 1)
         << " | " << fmt_int(static_cast<uint64_t>(dbl(j, "records_per_s"))) << " | "
         << fmt_fixed(dbl(j, "mb_per_s"), 2) << " | " << fmt_bytes(u64(j, "index_bytes"))
         << " | " << fmt_int(u64(j, "bytes_per_record")) << " | " << rss << " |\n";
    };
    if (r.indexer.is_object()) row("indexer build", r.indexer, fmt_kb_as_mb(u64(r.indexer, "peak_rss_kb")));
    if (r.indexer_shards.is_object()) {
      row("indexer build --shards 2", r.indexer_shards,
          fmt_kb_as_mb(u64(r.indexer_shards, "peak_rss_kb")));
    }
    if (r.sqlite.is_object()) {
      row(sqlite_name(r), r.sqlite["load"], fmt_kb_as_mb(u64(r.sqlite["load"], "client_peak_rss_kb")));
    }
    if (r.postgres.is_object()) {
      const json& l = r.postgres["load"];
      row(pg_name(r), l,
          "backend " + fmt_kb_as_mb(u64(l, "server_peak_rss_kb")) + ", server PSS " +
              fmt_kb_as_mb(u64(l, "server_pss_kb")));
    }
  }
  md << "\n";
  // Phase breakdown of the peers at the largest size that has them.
  for (auto it = rs.rbegin(); it != rs.rend(); ++it) {
    if (!it->postgres.is_object() && !it->sqlite.is_object()) continue;
    md << "Load phases at " << fmt_int(it->records) << " records (seconds): ";
    std::vector<std::string> parts;
    for (const auto& [name, peer] : {std::pair{std::string("SQLite"), &it->sqlite},
                                     std::pair{std::string("PostgreSQL"), &it->postgres}}) {
      if (!peer->is_object()) continue;
      std::string p = name + " ";
      bool first = true;
      for (const auto& [k, v] : (*peer)["load"]["phases"].items()) {
        p += (first ? "" : ", ") + k + " " + fmt_fixed(v.get<double>(), 1);
        first = false;
      }
      parts.push_back(p);
    }
    for (size_t i = 0; i < parts.size(); ++i) md << (i ? "; " : "") << parts[i];
    md << ".\n\n";
    break;
  }
}

void scale_section(std::ostringstream& md, const std::vector<SizeResults>& rs,
                   const ReportOptions& o) {
  md << "## Scale\n\n";
  md << "searchd in-process, top 10 + facets with searchd's default method (postings), "
        "match=any (the default), against the number of records; the index size on disk on "
        "the right axis.\n\n";
  md << "![Scale curve](" << o.plots_rel_dir << "/scale.png)\n\n";
  md << "| records | method | p50 ms | p99 ms | match=all p50 / p99 | index size | bytes/record | "
        "facet columns load s |\n";
  md << "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  bool fallback = false;
  for (const auto& r : rs) {
    const std::string m = searchd_method(r);
    fallback |= method_fallback(r);
    const auto a = inproc_latency(r, m, "any");
    const auto b = inproc_latency(r, m, "all");
    const json* run = inproc_run(r, m, "any");
    md << "| " << fmt_int(r.records) << " | " << (a || b ? method_label(r) : std::string("-"))
       << " | " << cell(a, false) << " | " << cell(a, true) << " | "
       << (b ? fmt_ms(b->p50) + " / " + fmt_ms(b->p99) : "-") << " | "
       << (r.indexer.is_object() ? fmt_bytes(u64(r.indexer, "index_bytes")) : "-") << " | "
       << (r.indexer.is_object() ? fmt_int(u64(r.indexer, "bytes_per_record")) : "-") << " | "
       << (run ? fmt_fixed(dbl(*run, "reload_seconds"), 2) : "-") << " |\n";
  }
  md << "\n";
  fallback_note(md, fallback);
}

void memory_section(std::ostringstream& md, const std::vector<SizeResults>& rs) {
  md << "## Memory\n\n";
  md << "searchd's VmRSS: idle (1 s after /health answered, facet columns loaded), after the "
        "warm-up pass, and the largest value sampled during the wrk rows; VmHWM is the peak "
        "since start. PostgreSQL: PSS summed over all server processes (shared buffers counted "
        "once) after loading and after the query runs.\n\n";
  md << "| records | searchd idle | after warm-up | max under load | searchd VmHWM | "
        "PostgreSQL server after load / queries | SQLite process peak (load) |\n";
  md << "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (const auto& r : rs) {
    md << "| " << fmt_int(r.records) << " | ";
    if (r.http.is_object()) {
      md << fmt_kb_as_mb(u64(r.http, "idle_rss_kb")) << " | "
         << fmt_kb_as_mb(u64(r.http, "rss_after_warmup_kb")) << " | "
         << fmt_kb_as_mb(u64(r.http, "load_max_rss_kb")) << " | "
         << fmt_kb_as_mb(u64(r.http, "peak_rss_kb")) << " | ";
    } else {
      md << "- | - | - | - | ";
    }
    if (r.postgres.is_object()) {
      md << fmt_kb_as_mb(u64(r.postgres["memory_after_load"], "server_pss_kb")) << " / "
         << fmt_kb_as_mb(u64(r.postgres["memory_after_queries"], "server_pss_kb")) << " | ";
    } else {
      md << "- | ";
    }
    md << (r.sqlite.is_object() ? fmt_kb_as_mb(u64(r.sqlite["load"], "client_peak_rss_kb")) : "-")
       << " |\n";
  }
  md << "\n";
}

struct Query {
  std::string qid, text, filters;
};

std::vector<Query> read_queries(const std::string& path) {
  std::vector<Query> qs;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    Query q;
    std::getline(ss, q.qid, '\t');
    std::getline(ss, q.text, '\t');
    std::getline(ss, q.filters, '\t');
    qs.push_back(q);
  }
  return qs;
}

std::vector<int64_t> totals_of(const json* run) {
  std::vector<int64_t> t;
  if (!run || !run->contains("totals")) return t;
  for (const auto& v : (*run)["totals"]) t.push_back(v.get<int64_t>());
  return t;
}

// postings counts from a bitmap of its own, columns from Xapian's matcher:
// both are exact, so every total should be equal.
void postings_check(std::ostringstream& md, const SizeResults& h) {
  std::vector<std::string> parts;
  for (const char* match : {"all", "any"}) {
    const auto p = totals_of(inproc_run(h, "postings", match));
    const auto c = totals_of(inproc_run(h, "columns", match));
    size_t n = 0, equal = 0;
    for (size_t i = 0; i < p.size() && i < c.size(); ++i) {
      if (p[i] < 0 || c[i] < 0) continue;
      ++n;
      equal += p[i] == c[i];
    }
    if (n) {
      parts.push_back(std::to_string(equal) + " of " + std::to_string(n) + " (match=" + match +
                      ")");
    }
  }
  if (parts.empty()) return;
  md << "searchd against itself: postings and columns (both exact) give equal totals on ";
  for (size_t i = 0; i < parts.size(); ++i) md << (i ? ", " : "") << parts[i];
  md << " queries.\n\n";
}

void agreement_section(std::ostringstream& md, const SizeResults& h) {
  md << "## Result agreement (loose)\n\n";
  md << "Total matching records per query at " << fmt_int(h.records)
     << " records, searchd (in-process, " << method_label(h)
     << ") against the peers' facet counts (the sum of the "
        "province counts), with the same filters. They are not expected to be equal: searchd "
        "stems Indonesian with its dictionary stemmer (and expands synonyms), PostgreSQL with "
        "Snowball's Indonesian stemmer, SQLite's unicode61 does not stem. This check catches "
        "gross mistakes (a peer matching nothing, filters ignored), not ranking "
        "differences.\n\n";
  md << "| match | peer | queries compared | equal totals | within 10% | searchd >= peer | "
        "median searchd / peer |\n";
  md << "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
  for (const char* match : {"all", "any"}) {
    const auto s = totals_of(inproc_run(h, searchd_method(h), match));
    for (const auto& [name, peer] : {std::pair{sqlite_name(h), &h.sqlite}, std::pair{pg_name(h), &h.postgres}}) {
      const auto p = totals_of(peer_run(*peer, match, true));
      if (s.empty() || p.empty()) continue;
      size_t n = 0, equal = 0, close = 0, ge = 0;
      std::vector<double> ratios;
      for (size_t i = 0; i < s.size() && i < p.size(); ++i) {
        if (s[i] < 0 || p[i] < 0) continue;
        ++n;
        equal += s[i] == p[i];
        ge += s[i] >= p[i];
        const double hi = static_cast<double>(std::max(s[i], p[i]));
        close += hi == 0 || std::abs(static_cast<double>(s[i] - p[i])) <= 0.1 * hi;
        if (p[i] > 0) ratios.push_back(static_cast<double>(s[i]) / static_cast<double>(p[i]));
      }
      std::sort(ratios.begin(), ratios.end());
      md << "| " << match << " | " << name << " | " << n << " | " << equal << " | " << close
         << " | " << ge << " | "
         << (ratios.empty() ? std::string("-") : fmt_fixed(ratios[ratios.size() / 2], 2))
         << " |\n";
    }
  }
  md << "\n";
  fallback_note(md, method_fallback(h));
  postings_check(md, h);
  // A few examples, match=all.
  const auto qs = read_queries(h.dir + "/queries.tsv");
  const auto s = totals_of(inproc_run(h, searchd_method(h), "all"));
  const auto sq = totals_of(peer_run(h.sqlite, "all", true));
  const auto pg = totals_of(peer_run(h.postgres, "all", true));
  if (!qs.empty() && s.size() == qs.size()) {
    md << "Examples (match=all, first 8 queries):\n\n";
    md << "| query | filters | searchd | SQLite | PostgreSQL |\n| --- | --- | ---: | ---: | ---: |\n";
    for (size_t i = 0; i < qs.size() && i < 8; ++i) {
      auto t = [&](const std::vector<int64_t>& v) {
        return i < v.size() && v[i] >= 0 ? fmt_int(static_cast<uint64_t>(v[i])) : std::string("-");
      };
      md << "| " << qs[i].text << " | " << (qs[i].filters.empty() ? "" : "`" + qs[i].filters + "`")
         << " | " << t(s) << " | " << t(sq) << " | " << t(pg) << " |\n";
    }
    md << "\n";
  }
}

void slowest_section(std::ostringstream& md, const SizeResults& h) {
  md << "## Where the time goes: slowest queries at " << size_label(h.records) << "\n\n";
  md << "Per-query median of the timed passes; total = matching records.\n\n";
  md << "| engine | match | query | filters | ms | total |\n| --- | --- | --- | --- | ---: | ---: |\n";
  auto rows = [&](const std::string& name, const json* run, const char* match, size_t k) {
    if (!run || !run->contains("slowest")) return;
    size_t i = 0;
    for (const auto& q : (*run)["slowest"]) {
      if (i++ >= k) break;
      md << "| " << name << " | " << match << " | " << q.value("q", "") << " | "
         << (q.value("filters", "").empty() ? "" : "`" + q.value("filters", "") + "`") << " | "
         << fmt_ms(q.value("ms", 0.0)) << " | "
         << (q.value("total", int64_t{-1}) >= 0 ? fmt_int(q.value("total", uint64_t{0})) : "-")
         << " |\n";
    }
  };
  const std::string def = searchd_method(h);
  rows("searchd " + method_label(h), inproc_run(h, def, "any"), "any", 5);
  rows("searchd " + method_label(h), inproc_run(h, def, "all"), "all", 3);
  // The same queries' cost when Xapian visits every match.
  if (def != "columns") rows("searchd columns", inproc_run(h, "columns", "any"), "any", 3);
  rows("searchd top 10 only" + mark(h), inproc_run(h, "none", "any"), "any", 3);
  rows("SQLite +f", peer_run(h.sqlite, "all", true), "all", 3);
  rows("PostgreSQL +f", peer_run(h.postgres, "all", true), "all", 3);
  md << "\n";
  fallback_note(md, method_fallback(h));
}

void config_section(std::ostringstream& md, const std::vector<SizeResults>& rs) {
  md << "## How each engine was set up\n\n";
  const SizeResults* r = nullptr;
  for (auto it = rs.rbegin(); it != rs.rend(); ++it) {
    if (it->postgres.is_object() || it->sqlite.is_object()) {
      r = &*it;
      break;
    }
  }
  md << "- **searchd**: the real `indexer build` output; in-process through "
        "`jipp::searchd::SearchService` (Analyzer and FacetNormalizer loaded from `data/`, "
        "`reload()` once, `search()` per query), once per way of taking the exact total and "
        "facet counts (`FacetMethod`): **postings** (`kPostings`, searchd's default): Xapian "
        "ranks only the top 10, with its pruning, while the total and facet counts come from a "
        "bitmap of the matching documents read straight from the posting lists and counted in "
        "the in-memory facet columns (queries with phrases, wildcards, NOT or multiword "
        "synonyms, and sharded indexes, rank every match instead); **columns** (`kColumns`, the "
        "default before postings): Xapian visits and weighs every match (checkatleast = "
        "document count) and a match spy counts it from the same columns; **value spy** "
        "(`kValueSpy`): every match, counted by Xapian's `ValueCountMatchSpy` from the value "
        "streams. 50 values per facet kept. Top 10 only is the postings ranking without facet "
        "counts (the total still exact). Over HTTP the real `searchd` binary, with its "
        "default.\n";
  if (r && r->sqlite.is_object()) {
    const json& d = r->sqlite["describe"];
    md << "- **" << sqlite_name(*r) << "**: " << d.value("schema", "") << "; tokenize `"
       << d.value("tokenize", "") << "`; load: `" << d.value("load", "") << "`; queries: `"
       << d.value("query_settings", "") << "`, " << d.value("rank", "") << "; facets: "
       << d.value("facets", "") << ". Words quoted, OR-joined for match=any, implicit AND for "
                                   "match=all. In-process (no server), file on local disk.\n";
  }
  if (r && r->postgres.is_object()) {
    const json& d = r->postgres["describe"];
    md << "- **" << pg_name(*r) << "**: " << d.value("schema", "") << "; text search config `"
       << d.value("text_search_config", "") << "`; load: " << d.value("load", "") << "; rank: "
       << d.value("rank", "") << "; facets: " << d.value("facets", "") << "; client: "
       << d.value("client", "") << ". Settings:";
    for (const auto& [k, v] : d["settings"].items()) md << " `" << k << " = " << v.get<std::string>() << "`";
    md << ".\n";
  }
  md << "- **Fairness**: same records (the same JSONL file), same query set, same result "
        "count (10) and the same facets (province, agency, year, counted exactly under the "
        "same filters, top 50 values kept), one untimed warm-up pass before every timed run, "
        "one client thread. No peer setting is below its default; PostgreSQL gets memory "
        "settings for a dedicated host and JIT off (JIT compiles big GROUP BY plans at "
        "10-100 ms each). Loading: PostgreSQL runs with fsync off and SQLite with "
        "synchronous=OFF, while the indexer commits normally (fsync), which favours the "
        "peers.\n\n";
}

void method_section(std::ostringstream& md, const std::vector<SizeResults>& rs) {
  md << "## Method\n\n";
  const SizeResults* r = rs.empty() ? nullptr : &rs.back();
  const json q = r ? r->meta["query_set"] : json();
  md << "- Corpus: `gen-corpus --count N --seed 1` (synthetic Indonesian innovation records, "
     << (r && r->corpus.is_object()
             ? fmt_int(u64(r->corpus, "bytes") / std::max<uint64_t>(1, u64(r->corpus, "records"))) +
                   " bytes per record on average"
             : std::string("~3.3 KB per record"))
     << "); a smaller corpus is a prefix of a larger one.\n";
  md << "- Query set: " << q.value("count", 0) << " distinct queries, seed " << q.value("seed", 0)
     << ", drawn by `bench-queryset` from the text of the first "
     << fmt_int(q.value("sample_records", uint64_t{0}))
     << " records (so the same set at every size): a random record, a random field (title 35%, "
        "summary 30%, description 35%), a run of 1-4 consecutive content words (30/35/25/10%; "
        "stop words of `data/stopwords-id.txt`, numbers and words under 3 letters skipped), so "
        "word frequencies follow the corpus. Every third query has filters (cycling province, "
        "year, source, province + year) whose values come from another random record. Every "
        "query asks for the default facets (province, agency, year) and 10 results.\n";
  md << "- Timing: steady_clock around each call; " << (r && r->inproc.is_object() ? r->inproc.value("timed_passes", 0) : 0)
     << " timed passes for searchd in-process, "
     << (r && r->sqlite.is_object() ? r->sqlite.value("timed_passes", 0) : 0)
     << " for the peers, each after one warm-up pass; percentiles are nearest-rank over all "
        "timed samples.\n";
  md << "- Raw results: `bench/out/speed/n<records>/*.json` (git-ignored); the figures are "
        "drawn from them by `bench-report` and gnuplot.\n\n";
}

void reference_section(std::ostringstream& md) {
  md << "## Reference figures (from the issue)\n\n";
  md << "Same kind of machine, 100k records of ~3 KB, single thread, warm, AND semantics "
        "(compare with the match=all figures above).\n\n";
  md << "| engine | top 10 only p50 / p99 ms | top 10 + exact province/agency/year p50 / p99 ms | "
        "indexing records/s |\n| --- | ---: | ---: | ---: |\n";
  md << "| Xapian in-process | 0.73 / 2.0 | 3.34 / 30.9 (ValueCountMatchSpy); median 1.35 with "
        "per-document facet arrays | 660 (default settings) |\n";
  md << "| SQLite FTS5 | 1.33 / 19.0 | 2.59 / 58.4 | 8,200 |\n";
  md << "| PostgreSQL | 14.0 / 447 | 15.9 / 506 | 2,700 |\n\n";
}

}  // namespace

std::string render_markdown(const std::vector<SizeResults>& rs, const ReportOptions& o) {
  std::ostringstream md;
  md << "# Benchmarks\n\n";
  md << "<!-- Generated by bench/run (bench-report) from bench/out/speed; edit "
        "bench/report/notes.md for the hand-written part, not this file. -->\n\n";
  md << "How fast JIPPNas search indexes and answers, next to SQLite FTS5 and PostgreSQL "
        "full-text search on the same records and the same queries. One command reproduces "
        "everything: `bench/run` (10k, 100k and 1M records; `bench/run --quick` for 10k "
        "only). Each figure names the machine, date, command and commit it comes from.\n\n";
  if (rs.empty()) {
    md << "No results yet: run `bench/run`.\n";
    return md.str();
  }
  runs_section(md, rs);
  targets_section(md, rs, o);
  const SizeResults* h = headline(rs, o.headline_records);
  if (h) {
    md << "![Query latency](" << o.plots_rel_dir << "/latency.png)\n\n";
    headline_section(md, *h);
  }
  latency_by_size_section(md, rs);
  http_section(md, rs, o);
  indexing_section(md, rs, o);
  scale_section(md, rs, o);
  memory_section(md, rs);
  if (h) {
    agreement_section(md, *h);
    slowest_section(md, *h);
  }
  config_section(md, rs);
  method_section(md, rs);
  reference_section(md);
  if (!o.notes.empty()) md << o.notes << (o.notes.back() == '\n' ? "" : "\n");
  return md.str();
}

}  // namespace jipp::bench::report
