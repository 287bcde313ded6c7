#include "relevance/postgres_baseline.h"

#include <libpq-fe.h>

#include <chrono>

#include "common/interrupt.h"

namespace jipp::bench::relevance {

namespace {

constexpr const char* kConfig = "indonesian";

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string column(const std::string& name) { return "f_" + name; }

std::string error_message(PGconn* conn) {
  std::string m = conn ? PQerrorMessage(conn) : "no connection";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

// Notices ("text-search query doesn't contain lexemes" for a query of stop
// words only) are expected and not worth printing.
void ignore_notice(void*, const char*) {}

}  // namespace

PostgresBaseline::PostgresBaseline(PostgresOptions options) : options_(std::move(options)) {}

PostgresBaseline::~PostgresBaseline() { (void)shutdown(); }

Status PostgresBaseline::exec(const std::string& sql) {
  PgResult r(PQexec(conn_, sql.c_str()));
  const ExecStatusType st = PQresultStatus(r.get());
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
    return Status(ErrorKind::kInternal,
                  "postgres: " + error_message(conn_) + " in: " + sql.substr(0, 120));
  }
  return Status::ok();
}

Status PostgresBaseline::prepare(const Corpus& corpus) {
  const auto t0 = std::chrono::steady_clock::now();
  auto server = PostgresServer::start(options_);
  if (!server.is_ok()) return server.status();
  server_ = std::move(*server);
  server_start_seconds_ =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

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
  server_version_ = std::to_string(PQserverVersion(conn_));

  {
    PgResult r(PQexec(conn_, "SELECT 1 FROM pg_ts_config WHERE cfgname = 'indonesian'"));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) != 1) {
      return Status(ErrorKind::kFailedPrecondition,
                    "postgres: no 'indonesian' text search configuration (PostgreSQL 13+)");
    }
  }
  std::string create = "CREATE TABLE records (id text NOT NULL, title text, summary text, "
                       "description text, agency text, region text, province text, year text, "
                       "source text, category text, status text";
  std::string insert = "INSERT INTO records (id, title, summary, description, agency, region, "
                       "province, year, source, category, status";
  std::string placeholders = "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11";
  int n = 11;
  for (const std::string& name : filter_names()) {
    create += ", " + column(name) + " text";
    insert += ", " + column(name);
    placeholders += ", $" + std::to_string(++n);
  }
  create += std::string(", vec tsvector GENERATED ALWAYS AS (to_tsvector('") + kConfig +
            "', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || "
            "coalesce(description, '') || ' ' || coalesce(agency, ''))) STORED)";
  insert += ") VALUES (" + placeholders + ")";
  if (Status s = exec(create); !s.is_ok()) return s;
  if (Status s = exec("BEGIN"); !s.is_ok()) return s;
  {
    PgResult r(PQprepare(conn_, "insert_record", insert.c_str(), n, nullptr));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      return Status(ErrorKind::kInternal, "postgres: prepare insert: " + error_message(conn_));
    }
  }
  for (const CorpusRecord& rec : corpus.records) {
    if (interrupted()) return Status(ErrorKind::kUnavailable, "interrupted");
    std::vector<std::string> row{rec.id,     rec.title,    rec.summary, rec.description,
                                 rec.agency, rec.region,   rec.province, rec.year,
                                 rec.source, rec.category, rec.status};
    for (const std::string& name : filter_names()) row.push_back(filter_key(filter_field(rec, name)));
    std::vector<const char*> vals;
    for (const std::string& v : row) vals.push_back(v.c_str());
    PgResult r(PQexecPrepared(conn_, "insert_record", n, vals.data(), nullptr, nullptr, 0));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      return Status(ErrorKind::kInternal,
                    "postgres: insert " + rec.id + ": " + error_message(conn_));
    }
    ++documents_;
  }
  if (Status s = exec("COMMIT"); !s.is_ok()) return s;
  if (Status s = exec("CREATE INDEX records_vec ON records USING gin (vec)"); !s.is_ok()) return s;
  return exec("ANALYZE records");
}

Result<std::vector<std::string>> PostgresBaseline::search(const EvalQuery& query, size_t k) {
  if (!conn_) return Status(ErrorKind::kFailedPrecondition, "postgres: not prepared");
  std::string sql = std::string("SELECT id FROM records, to_tsquery('") + kConfig +
                    "', replace(plainto_tsquery('" + kConfig +
                    "', $1)::text, '&', '|')) AS q WHERE vec @@ q";
  std::vector<std::string> params{query.text};
  for (const std::string& name : filter_names()) {
    std::string clause;
    for (const Filter& f : query.filters) {
      if (f.name != name) continue;
      params.push_back(filter_key(f.value));
      clause += (clause.empty() ? "" : " OR ") + column(name) + " = $" +
                std::to_string(params.size());
    }
    if (!clause.empty()) sql += " AND (" + clause + ")";
  }
  sql += " ORDER BY ts_rank(vec, q, 1) DESC, id LIMIT " + std::to_string(k);
  std::vector<const char*> vals;
  for (const std::string& p : params) vals.push_back(p.c_str());
  PgResult r(PQexecParams(conn_, sql.c_str(), static_cast<int>(vals.size()), nullptr, vals.data(),
                          nullptr, nullptr, 0));
  if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
    return Status(ErrorKind::kInternal, "postgres: " + error_message(conn_));
  }
  std::vector<std::string> ids;
  for (int i = 0; i < PQntuples(r.get()); ++i) ids.emplace_back(PQgetvalue(r.get(), i, 0));
  return ids;
}

Status PostgresBaseline::shutdown() {
  if (conn_) {
    PQfinish(conn_);
    conn_ = nullptr;
  }
  if (!server_) return Status::ok();
  Status s = server_->stop();
  server_.reset();  // removes the directory
  return s;
}

nlohmann::ordered_json PostgresBaseline::info() const {
  nlohmann::ordered_json j;
  j["documents"] = documents_;
  j["server_version_num"] = server_version_;
  j["bindir"] = options_.bindir;
  j["text_search_config"] = kConfig;
  j["ranking"] = "ts_rank(vec, query, 1), OR of plainto_tsquery lexemes";
  j["server_start_seconds"] = server_start_seconds_;
  return j;
}

}  // namespace jipp::bench::relevance
