#include "speed/postgres_peer.h"

#include <algorithm>
#include <chrono>
#include <fstream>

#include "common/interrupt.h"
#include "speed/proc_info.h"
#include "speed/record_reader.h"

namespace jipp::bench::speed {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kConfig = "indonesian";
constexpr size_t kCopyChunk = 1 << 20;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string error_message(PGconn* conn) {
  std::string m = conn ? PQerrorMessage(conn) : "no connection";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

// "text-search query doesn't contain lexemes" and the like: expected.
void ignore_notice(void*, const char*) {}

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The tsquery expression for parameter $1.
std::string tsquery_sql(PeerMatch match) {
  const std::string plain = std::string("plainto_tsquery('") + kConfig + "', $1)";
  if (match == PeerMatch::kAll) return plain;
  return std::string("to_tsquery('") + kConfig + "', replace(" + plain + "::text, '&', '|'))";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> server_settings() {
  return {
      {"shared_buffers", "'2GB'"},           // default 128MB; the whole 100k table fits
      {"effective_cache_size", "'16GB'"},   // the OS page cache holds the rest
      {"work_mem", "'64MB'"},               // sorts and hash aggregates in memory
      {"maintenance_work_mem", "'1GB'"},    // GIN build (default 64MB)
      {"max_wal_size", "'16GB'"},           // no forced checkpoints during the load
      {"checkpoint_timeout", "'1h'"},
      {"wal_level", "minimal"},             // bulk-load recommendation
      {"max_wal_senders", "0"},
      {"random_page_cost", "1.1"},          // SSD
      {"jit", "off"},                       // JIT compilation costs 10-100 ms per big query
  };
}

PostgresPeer::~PostgresPeer() {
  if (conn_) PQfinish(conn_);
  conn_ = nullptr;
  server_.reset();  // stops the server, removes its directory
}

Status PostgresPeer::start() {
  PostgresOptions options;
  options.bindir = bindir_;
  options.settings = server_settings();
  auto server = PostgresServer::start(options);
  if (!server.is_ok()) return server.status();
  server_ = std::move(*server);
  std::vector<const char*> keys, values;
  const auto params = server_->connection_params();
  for (const auto& [k, v] : params) {
    keys.push_back(k.c_str());
    values.push_back(v.c_str());
  }
  keys.push_back(nullptr);
  values.push_back(nullptr);
  conn_ = PQconnectdbParams(keys.data(), values.data(), 0);
  if (PQstatus(conn_) != CONNECTION_OK) {
    return Status(ErrorKind::kUnavailable, "postgres: cannot connect to 127.0.0.1:" +
                                               std::to_string(server_->port()) + ": " +
                                               error_message(conn_));
  }
  PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
  version_ = PQparameterStatus(conn_, "server_version");
  return Status::ok();
}

Status PostgresPeer::exec(const std::string& sql) {
  PgResult r(PQexec(conn_, sql.c_str()));
  const ExecStatusType st = PQresultStatus(r.get());
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
    return Status(ErrorKind::kInternal,
                  "postgres: " + error_message(conn_) + " in: " + sql.substr(0, 120));
  }
  return Status::ok();
}

Result<std::vector<std::vector<std::string>>> PostgresPeer::rows(
    const std::string& sql, const std::vector<std::string>& params) {
  std::vector<const char*> vals;
  for (const std::string& p : params) vals.push_back(p.c_str());
  PgResult r(PQexecParams(conn_, sql.c_str(), static_cast<int>(vals.size()), nullptr, vals.data(),
                          nullptr, nullptr, 0));
  if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
    return Status(ErrorKind::kInternal, "postgres: " + error_message(conn_));
  }
  std::vector<std::vector<std::string>> out(static_cast<size_t>(PQntuples(r.get())));
  const int cols = PQnfields(r.get());
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    for (int c = 0; c < cols; ++c) out[static_cast<size_t>(i)].emplace_back(PQgetvalue(r.get(), i, c));
  }
  return out;
}

void PostgresPeer::append_copy_field(std::string* out, const std::string& value) {
  for (char c : value) {
    switch (c) {
      case '\\': *out += "\\\\"; break;
      case '\t': *out += "\\t"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      default: *out += c;
    }
  }
}

Result<LoadStats> PostgresPeer::load(const std::string& corpus_path) {
  auto reader = RecordReader::open(corpus_path);
  if (!reader.is_ok()) return reader.status();
  const auto t_start = Clock::now();
  if (Status s = start(); !s.is_ok()) return s;
  LoadStats stats;
  stats.phases["server_start"] = seconds_since(t_start);

  const auto t0 = Clock::now();
  const std::string create =
      std::string("CREATE TABLE records (id text NOT NULL, title text, summary text, "
                  "description text, agency text, region text, province text, year integer, "
                  "source text, category text, status text, vec tsvector GENERATED ALWAYS AS "
                  "(to_tsvector('") +
      kConfig +
      "', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || "
      "coalesce(description, '') || ' ' || coalesce(agency, ''))) STORED)";
  // One transaction: with wal_level=minimal, COPY into a table created in
  // the same transaction skips WAL.
  if (Status s = exec("BEGIN"); !s.is_ok()) return s;
  if (Status s = exec(create); !s.is_ok()) return s;
  {
    PgResult r(PQexec(conn_,
                      "COPY records (id, title, summary, description, agency, region, province, "
                      "year, source, category, status) FROM STDIN"));
    if (PQresultStatus(r.get()) != PGRES_COPY_IN) {
      return Status(ErrorKind::kInternal, "postgres: COPY: " + error_message(conn_));
    }
  }
  std::string buf;
  buf.reserve(kCopyChunk + 65536);
  PeerRecord r;
  uint64_t n = 0;
  auto flush = [&]() -> Status {
    if (buf.empty()) return Status::ok();
    if (PQputCopyData(conn_, buf.data(), static_cast<int>(buf.size())) != 1) {
      return Status(ErrorKind::kInternal, "postgres: COPY data: " + error_message(conn_));
    }
    buf.clear();
    return Status::ok();
  };
  while (reader->next(&r)) {
    if (interrupted()) return Status(ErrorKind::kUnavailable, "interrupted");
    for (const std::string* v : {&r.id, &r.title, &r.summary, &r.description, &r.agency,
                                 &r.region, &r.province}) {
      append_copy_field(&buf, *v);
      buf += '\t';
    }
    buf += r.year ? std::to_string(r.year) : "\\N";
    for (const std::string* v : {&r.source, &r.category, &r.status}) {
      buf += '\t';
      append_copy_field(&buf, *v);
    }
    buf += '\n';
    ++n;
    if (buf.size() >= kCopyChunk) {
      if (Status s = flush(); !s.is_ok()) return s;
    }
  }
  if (Status s = flush(); !s.is_ok()) return s;
  if (PQputCopyEnd(conn_, nullptr) != 1) {
    return Status(ErrorKind::kInternal, "postgres: COPY end: " + error_message(conn_));
  }
  for (PgResult res(PQgetResult(conn_)); res; res.reset(PQgetResult(conn_))) {
    if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) {
      return Status(ErrorKind::kInternal, "postgres: COPY: " + error_message(conn_));
    }
  }
  if (Status s = exec("COMMIT"); !s.is_ok()) return s;
  stats.phases["copy"] = seconds_since(t0);

  const auto t1 = Clock::now();
  if (Status s = exec("CREATE INDEX records_vec ON records USING gin (vec)"); !s.is_ok()) return s;
  stats.phases["gin_index"] = seconds_since(t1);
  const auto t2 = Clock::now();
  for (const char* col : {"province", "year", "source"}) {
    if (Status s = exec(std::string("CREATE INDEX records_") + col + " ON records (" + col + ")");
        !s.is_ok()) {
      return s;
    }
  }
  stats.phases["btree_indexes"] = seconds_since(t2);
  const auto t3 = Clock::now();
  if (Status s = exec("VACUUM ANALYZE records"); !s.is_ok()) return s;
  stats.phases["vacuum_analyze"] = seconds_since(t3);
  stats.seconds = seconds_since(t0);
  stats.records = n;
  stats.input_bytes = reader->bytes_read();
  stats.client_peak_rss_kb = self_peak_rss_kb();
  stats.server_peak_rss_kb = backend_peak_kb();
  stats.server_pss_kb = server_pss_kb();

  auto sizes = rows(
      "SELECT pg_total_relation_size('records'), pg_table_size('records'), "
      "pg_relation_size('records_vec'), pg_indexes_size('records')",
      {});
  if (!sizes.is_ok()) return sizes.status();
  const auto& row = (*sizes)[0];
  stats.index_bytes = std::stoull(row[0]);
  stats.sizes["total_relation"] = std::stoull(row[0]);
  stats.sizes["table_with_toast"] = std::stoull(row[1]);
  stats.sizes["gin_index"] = std::stoull(row[2]);
  stats.sizes["all_indexes"] = std::stoull(row[3]);
  stats.sizes["data_directory"] = disk_bytes(server_->directory() + "/data");
  return stats;
}

Status PostgresPeer::prepare_queries() {
  if (!conn_) return Status(ErrorKind::kFailedPrecondition, "postgres: not loaded");
  return Status::ok();
}

Result<QueryOutcome> PostgresPeer::query(const BenchQuery& q, PeerMatch match, bool facets) {
  if (!conn_) return Status(ErrorKind::kFailedPrecondition, "postgres: not loaded");
  std::vector<std::string> params{q.text};
  std::string where = " WHERE vec @@ q";
  for (const BenchFilter& f : q.filters) {
    params.push_back(f.value);
    where += " AND " + f.name + " = $" + std::to_string(params.size());
  }
  const std::string from = " FROM records, " + tsquery_sql(match) + " AS q";
  auto top = rows("SELECT id" + from + where + " ORDER BY ts_rank(vec, q) DESC LIMIT " +
                      std::to_string(kTopK),
                  params);
  if (!top.is_ok()) return top.status();
  QueryOutcome out;
  if (!facets) return out;
  auto counts = rows(
      "SELECT CASE WHEN GROUPING(province) = 0 THEN 0 WHEN GROUPING(agency) = 0 THEN 1 ELSE 2 "
      "END, coalesce(province, agency, year::text), count(*)" +
          from + where + " GROUP BY GROUPING SETS ((province), (agency), (year))",
      params);
  if (!counts.is_ok()) return counts.status();
  std::vector<std::pair<std::string, int64_t>> per_facet[3];
  for (const auto& row : *counts) {
    const int facet = std::stoi(row[0]);
    if (facet >= 0 && facet < 3) per_facet[facet].emplace_back(row[1], std::stoll(row[2]));
  }
  out.total = 0;
  for (const auto& [value, c] : per_facet[0]) out.total += c;
  for (auto& c : per_facet) {
    std::sort(c.begin(), c.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (c.size() > kFacetLimit) c.resize(kFacetLimit);
  }
  return out;
}

long PostgresPeer::postmaster_pid() const {
  if (!server_) return 0;
  // The first line of postmaster.pid (in the data directory the server
  // module creates as <directory>/data).
  std::ifstream in(server_->directory() + "/data/postmaster.pid");
  long pid = 0;
  in >> pid;
  return pid;
}

uint64_t PostgresPeer::server_pss_kb() const {
  const long pm = postmaster_pid();
  if (pm <= 0) return 0;
  uint64_t total = pss_kb(static_cast<pid_t>(pm)).value_or(0);
  for (pid_t child : children_of(static_cast<pid_t>(pm))) total += pss_kb(child).value_or(0);
  return total;
}

uint64_t PostgresPeer::backend_peak_kb() const {
  if (!conn_) return 0;
  return status_kb(static_cast<pid_t>(PQbackendPID(conn_)), "VmHWM").value_or(0);
}

nlohmann::ordered_json PostgresPeer::describe() const {
  nlohmann::ordered_json settings;
  for (const auto& [k, v] : server_settings()) settings[k] = v;
  settings["fsync"] = "off (throw-away instance; also synchronous_commit, full_page_writes)";
  return {{"engine", "postgresql"},
          {"version", version_},
          {"text_search_config", kConfig},
          {"schema", "records table + STORED generated tsvector column vec over title, summary, "
                     "description, agency; GIN(vec); B-tree on province, year, source"},
          {"load", "one transaction: CREATE TABLE + COPY FROM STDIN; then CREATE INDEX (GIN, "
                   "B-trees) and VACUUM ANALYZE"},
          {"rank", "ORDER BY ts_rank(vec, q) DESC LIMIT 10; q = plainto_tsquery (all) or the "
                   "OR of its lexemes (any)"},
          {"facets", "one statement: GROUP BY GROUPING SETS ((province), (agency), (year))"},
          {"client", "libpq PQexecParams, one connection over TCP 127.0.0.1"},
          {"settings", settings}};
}

nlohmann::ordered_json PostgresPeer::memory() const {
  return {{"server_pss_kb", server_pss_kb()}, {"backend_peak_rss_kb", backend_peak_kb()}};
}

}  // namespace jipp::bench::speed
