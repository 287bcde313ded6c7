#include "report/plots.h"

#include <fstream>
#include <set>
#include <sstream>

#include "report/format.h"

namespace jipp::bench::report {

namespace {

using json = nlohmann::json;

std::string gp_quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Missing values are "NaN", which gnuplot skips.
std::string num(double v) { return v > 0 ? fmt_fixed(v, 4) : "NaN"; }

bool write(const std::string& path, const std::string& text, std::string* error) {
  std::ofstream out(path, std::ios::trunc);
  out << text;
  if (!out) {
    *error = "cannot write " + path;
    return false;
  }
  return true;
}

// The scale curve's method, for its title: "postings", naming the sizes
// where an older run's columns stand in.
std::string scale_method(const std::vector<SizeResults>& rs) {
  std::string older;
  bool postings = false;
  for (const auto& r : rs) {
    if (method_fallback(r)) older += (older.empty() ? "" : ", ") + size_label(r.records);
    postings |= searchd_method(r) == "postings";
  }
  if (older.empty()) return "postings";
  if (!postings) return "columns (runs from before postings)";
  return "postings; columns at " + older + " (runs from before postings)";
}

}  // namespace

std::string figure_footer(const std::vector<SizeResults>& rs) {
  if (rs.empty()) return "";
  const json& m = rs.back().meta;
  const json& mc = m["machine"];
  std::ostringstream f;
  f << mc.value("nproc", 0) << " CPUs (" << mc.value("cpu_model", "?") << "), "
    << fmt_fixed(mc.value("mem_total_kb", 0.0) / 1024.0 / 1024.0, 1) << " GiB RAM | ";
  // One "date commit (sizes)" group per distinct run.
  std::vector<std::pair<std::string, std::string>> groups;
  for (const auto& r : rs) {
    const nlohmann::json& last =
        r.meta.contains("reruns") && !r.meta["reruns"].empty() ? r.meta["reruns"].back() : r.meta;
    std::string key = last.value("date", "?").substr(0, 10) + " commit " + last.value("commit", "?");
    if (&last != &r.meta && last.value("commit", "") != r.meta.value("commit", "")) {
      key += " (earlier stages " + r.meta.value("commit", "?") + ")";
    }
    if (!groups.empty() && groups.back().first == key) {
      groups.back().second += ", " + size_label(r.records);
    } else {
      groups.emplace_back(key, size_label(r.records));
    }
  }
  for (size_t i = 0; i < groups.size(); ++i) {
    f << (i ? "; " : "") << groups[i].first
      << (groups.size() > 1 ? " (" + groups[i].second + ")" : "");
  }
  f << " | " << m.value("command", "bench/run");
  return f.str();
}

bool write_plot_data(const std::vector<SizeResults>& rs, uint64_t headline_records,
                     const std::string& dir, std::string* error) {
  const SizeResults* h = nullptr;
  for (const auto& r : rs) {
    if (r.records == headline_records) h = &r;
  }
  if (!h && !rs.empty()) h = &rs.back();

  std::ostringstream vars;
  vars << "footer = " << gp_quote(figure_footer(rs)) << "\n";
  std::string sizes, labels;
  for (const auto& r : rs) {
    if (!r.http.is_object()) continue;
    sizes += (sizes.empty() ? "" : " ") + std::to_string(r.records);
  }
  vars << "http_sizes = " << gp_quote(sizes) << "\n";
  vars << "headline = " << gp_quote(h ? fmt_int(h->records) : "") << "\n";
  vars << "scale_method = " << gp_quote(scale_method(rs)) << "\n";
  if (!write(dir + "/vars.gp", vars.str(), error)) return false;

  if (h) {
    std::ostringstream d;
    d << "# label all_p50 all_p99 any_p50 any_p99 (ms)\n";
    auto row = [&](const std::string& label, auto get) {
      d << gp_quote(label);
      for (const char* match : {"all", "any"}) {
        const std::optional<Latency> l = get(match);
        d << " " << num(l ? l->p50 : 0) << " " << num(l ? l->p99 : 0);
      }
      d << "\n";
    };
    // searchd's default first, then the other counting methods; labels kept
    // short to fit under the bars.
    const std::string def = searchd_method(*h);
    row("searchd " + def, [&](const char* m) { return inproc_latency(*h, def, m); });
    if (def != "columns") {
      row("searchd columns", [&](const char* m) { return inproc_latency(*h, "columns", m); });
    }
    row("searchd value spy", [&](const char* m) { return inproc_latency(*h, "valuespy", m); });
    row("searchd HTTP c=1", [&](const char* m) { return http_latency(*h, m, 1); });
    row("SQLite +facets", [&](const char* m) { return peer_latency(h->sqlite, m, true); });
    row("PostgreSQL +facets", [&](const char* m) { return peer_latency(h->postgres, m, true); });
    row("searchd top 10", [&](const char* m) { return inproc_latency(*h, "none", m); });
    row("SQLite top 10", [&](const char* m) { return peer_latency(h->sqlite, m, false); });
    row("PostgreSQL top 10", [&](const char* m) { return peer_latency(h->postgres, m, false); });
    if (!write(dir + "/latency.dat", d.str(), error)) return false;
  }

  for (const auto& r : rs) {
    if (!r.http.is_object()) continue;
    std::ostringstream d;
    d << "# connections requests_per_s p50_ms p99_ms (match=any)\n";
    for (const auto& run : r.http["runs"]) {
      if (run.value("match", "") != "any") continue;
      d << run.value("connections", 0) << " " << num(run.value("requests_per_s", 0.0)) << " "
        << num(run["latency_ms"].value("p50", 0.0)) << " "
        << num(run["latency_ms"].value("p99", 0.0)) << "\n";
    }
    if (!write(dir + "/http-" + std::to_string(r.records) + ".dat", d.str(), error)) return false;
  }

  {
    std::ostringstream d;
    d << "# records p50_ms p99_ms index_mb (in-process, searchd's default method, match=any)\n";
    for (const auto& r : rs) {
      const auto l = inproc_latency(r, searchd_method(r), "any");
      const double mb = r.indexer.is_object() ? r.indexer.value("index_bytes", 0.0) / 1e6 : 0;
      d << r.records << " " << num(l ? l->p50 : 0) << " " << num(l ? l->p99 : 0) << " "
        << num(mb) << "\n";
    }
    if (!write(dir + "/scale.dat", d.str(), error)) return false;
  }

  {
    std::ostringstream d;
    d << "# size indexer indexer_shards2 sqlite postgres (records/s)\n";
    for (const auto& r : rs) {
      auto rate = [](const json& j) { return j.is_object() ? j.value("records_per_s", 0.0) : 0.0; };
      d << gp_quote(size_label(r.records)) << " " << num(rate(r.indexer)) << " "
        << num(rate(r.indexer_shards)) << " "
        << num(r.sqlite.is_object() ? rate(r.sqlite["load"]) : 0) << " "
        << num(r.postgres.is_object() ? rate(r.postgres["load"]) : 0) << "\n";
    }
    if (!write(dir + "/indexing.dat", d.str(), error)) return false;
  }
  return true;
}

}  // namespace jipp::bench::report
