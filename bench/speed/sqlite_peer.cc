#include "speed/sqlite_peer.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "common/interrupt.h"
#include "speed/proc_info.h"
#include "speed/record_reader.h"

namespace jipp::bench::speed {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kTokenizer = "unicode61 remove_diacritics 2";
// Query-time caches: large enough that a warm run never reads the file
// (page cache 2 GB, the file memory-mapped up to 16 GB).
constexpr const char* kQueryPragmas =
    "PRAGMA cache_size=-2097152; PRAGMA mmap_size=17179869184; PRAGMA temp_store=MEMORY;";
// Loading: a throw-away database, like the PostgreSQL peer's fsync=off.
constexpr const char* kLoadPragmas =
    "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576;"
    " PRAGMA temp_store=MEMORY;";

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// " AND r.province = ?" for each filter, with the values to bind.
std::string filter_sql(const BenchQuery& q, std::vector<std::string>* binds) {
  std::string sql;
  for (const BenchFilter& f : q.filters) {
    sql += " AND r." + f.name + " = ?";
    binds->push_back(f.value);
  }
  return sql;
}

void bind_all(sqlite3_stmt* st, const std::vector<std::string>& values,
              const std::vector<bool>& as_int) {
  for (size_t i = 0; i < values.size(); ++i) {
    const int col = static_cast<int>(i + 1);
    if (as_int[i]) {
      sqlite3_bind_int64(st, col, std::stoll(values[i]));
    } else {
      sqlite3_bind_text(st, col, values[i].c_str(), static_cast<int>(values[i].size()),
                        SQLITE_TRANSIENT);
    }
  }
}

}  // namespace

SqlitePeer::~SqlitePeer() { close(); }

void SqlitePeer::close() {
  statements_.clear();
  if (db_) {
    sqlite3_close(db_);
    db_ = nullptr;
  }
}

Status SqlitePeer::error(const std::string& what) const {
  return Status(ErrorKind::kInternal,
                "sqlite: " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"));
}

Status SqlitePeer::exec(const std::string& sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return Status(ErrorKind::kInternal, "sqlite: " + m + " in: " + sql.substr(0, 120));
  }
  return Status::ok();
}

Result<sqlite3_stmt*> SqlitePeer::statement(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) {
    sqlite3_reset(it->second.get());
    sqlite3_clear_bindings(it->second.get());
    return it->second.get();
  }
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    return error("prepare " + sql.substr(0, 80));
  }
  statements_.emplace(sql, Stmt(raw));
  return raw;
}

std::string SqlitePeer::match_expression(const std::string& text, PeerMatch match) {
  std::string out;
  for (const std::string& w : query_words(text)) {
    if (!out.empty()) out += match == PeerMatch::kAny ? " OR " : " ";
    std::string quoted = "\"";
    for (char c : w) {
      if (c == '"') quoted += '"';
      quoted += c;
    }
    out += quoted + "\"";
  }
  return out;
}

Result<LoadStats> SqlitePeer::load(const std::string& corpus_path) {
  auto reader = RecordReader::open(corpus_path);
  if (!reader.is_ok()) return reader.status();
  close();
  if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    return error("open " + path_);
  }
  LoadStats stats;
  const auto t0 = Clock::now();
  if (Status s = exec(kLoadPragmas); !s.is_ok()) return s;
  if (Status s = exec(
          "CREATE TABLE records (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, "
          "summary TEXT, description TEXT, agency TEXT, region TEXT, province TEXT, "
          "year INTEGER, source TEXT, category TEXT, status TEXT)");
      !s.is_ok()) {
    return s;
  }
  if (Status s = exec(std::string("CREATE VIRTUAL TABLE docs USING fts5(title, summary, "
                                  "description, agency, content='records', "
                                  "content_rowid='rowid', tokenize='") +
                      kTokenizer + "')");
      !s.is_ok()) {
    return s;
  }
  if (Status s = exec("BEGIN"); !s.is_ok()) return s;
  auto ins_rec = statement(
      "INSERT INTO records (rowid, id, title, summary, description, agency, region, province, "
      "year, source, category, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!ins_rec.is_ok()) return ins_rec.status();
  auto ins_doc = statement(
      "INSERT INTO docs (rowid, title, summary, description, agency) VALUES (?, ?, ?, ?, ?)");
  if (!ins_doc.is_ok()) return ins_doc.status();
  PeerRecord r;
  int64_t rowid = 0;
  auto text = [](sqlite3_stmt* st, int col, const std::string& v) {
    sqlite3_bind_text(st, col, v.c_str(), static_cast<int>(v.size()), SQLITE_STATIC);
  };
  while (reader->next(&r)) {
    if (interrupted()) return Status(ErrorKind::kUnavailable, "interrupted");
    ++rowid;
    sqlite3_stmt* st = *ins_rec;
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, rowid);
    text(st, 2, r.id);
    text(st, 3, r.title);
    text(st, 4, r.summary);
    text(st, 5, r.description);
    text(st, 6, r.agency);
    text(st, 7, r.region);
    text(st, 8, r.province);
    if (r.year) {
      sqlite3_bind_int(st, 9, r.year);
    } else {
      sqlite3_bind_null(st, 9);
    }
    text(st, 10, r.source);
    text(st, 11, r.category);
    text(st, 12, r.status);
    if (sqlite3_step(st) != SQLITE_DONE) return error("insert " + r.id);
    st = *ins_doc;
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, rowid);
    text(st, 2, r.title);
    text(st, 3, r.summary);
    text(st, 4, r.description);
    text(st, 5, r.agency);
    if (sqlite3_step(st) != SQLITE_DONE) return error("index " + r.id);
  }
  statements_.clear();
  if (Status s = exec("COMMIT"); !s.is_ok()) return s;
  stats.phases["insert"] = seconds_since(t0);
  const auto t1 = Clock::now();
  if (Status s = exec("INSERT INTO docs(docs) VALUES('optimize')"); !s.is_ok()) return s;
  stats.phases["optimize"] = seconds_since(t1);
  const auto t2 = Clock::now();
  if (Status s = exec("ANALYZE"); !s.is_ok()) return s;
  stats.phases["analyze"] = seconds_since(t2);
  stats.seconds = seconds_since(t0);
  stats.records = static_cast<uint64_t>(rowid);
  stats.input_bytes = reader->bytes_read();
  stats.client_peak_rss_kb = self_peak_rss_kb();
  close();  // flushes; the size below is the finished file
  stats.index_bytes = disk_bytes(path_);
  stats.sizes["file"] = stats.index_bytes;
  return stats;
}

Status SqlitePeer::prepare_queries() {
  close();
  if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    return error("open " + path_);
  }
  return exec(kQueryPragmas);
}

Result<QueryOutcome> SqlitePeer::query(const BenchQuery& q, PeerMatch match, bool facets) {
  if (!db_) return Status(ErrorKind::kFailedPrecondition, "sqlite: not prepared");
  const std::string expr = match_expression(q.text, match);
  std::vector<std::string> binds{expr};
  const std::string where = " WHERE docs MATCH ?" + filter_sql(q, &binds);
  std::vector<bool> as_int{false};
  for (const BenchFilter& f : q.filters) as_int.push_back(f.name == "year");

  QueryOutcome out;
  {
    auto st = statement("SELECT r.id FROM docs JOIN records r ON r.rowid = docs.rowid" + where +
                        " ORDER BY bm25(docs) LIMIT " + std::to_string(kTopK));
    if (!st.is_ok()) return st.status();
    bind_all(*st, binds, as_int);
    std::vector<std::string> ids;
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
      ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(*st, 0)));
    }
    if (rc != SQLITE_DONE) return error("query " + q.qid);
  }
  if (!facets) return out;

  auto st = statement(
      "WITH m AS MATERIALIZED (SELECT r.province AS province, r.agency AS agency, r.year AS year"
      " FROM docs JOIN records r ON r.rowid = docs.rowid" + where + ")"
      " SELECT 0, province, count(*) FROM m GROUP BY province"
      " UNION ALL SELECT 1, agency, count(*) FROM m GROUP BY agency"
      " UNION ALL SELECT 2, year, count(*) FROM m GROUP BY year");
  if (!st.is_ok()) return st.status();
  bind_all(*st, binds, as_int);
  std::vector<std::pair<std::string, int64_t>> counts[3];
  int rc;
  while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
    const int facet = sqlite3_column_int(*st, 0);
    const unsigned char* v = sqlite3_column_text(*st, 1);
    if (facet >= 0 && facet < 3) {
      counts[facet].emplace_back(v ? reinterpret_cast<const char*>(v) : "",
                                 sqlite3_column_int64(*st, 2));
    }
  }
  if (rc != SQLITE_DONE) return error("facets " + q.qid);
  out.total = 0;
  for (const auto& [value, n] : counts[0]) out.total += n;
  // As searchd: values by count, the first kFacetLimit kept.
  for (auto& c : counts) {
    std::sort(c.begin(), c.end(),
              [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (c.size() > kFacetLimit) c.resize(kFacetLimit);
  }
  return out;
}

nlohmann::ordered_json SqlitePeer::describe() const {
  return {{"engine", "sqlite-fts5"},
          {"version", sqlite3_libversion()},
          {"tokenize", kTokenizer},
          {"schema", "records table (INTEGER PRIMARY KEY rowid) + external-content FTS5 docs("
                     "title, summary, description, agency), detail=full"},
          {"load", std::string(kLoadPragmas) + " one transaction; then 'optimize' and ANALYZE"},
          {"query_settings", kQueryPragmas},
          {"rank", "ORDER BY bm25(docs) LIMIT 10"},
          {"facets", "GROUP BY province / agency / year over a MATERIALIZED CTE of the matches, "
                     "joined to records by rowid"}};
}

nlohmann::ordered_json SqlitePeer::memory() const {
  return {{"process_rss_kb", status_kb(::getpid(), "VmRSS").value_or(0)},
          {"process_peak_rss_kb", self_peak_rss_kb()}};
}

}  // namespace jipp::bench::speed
