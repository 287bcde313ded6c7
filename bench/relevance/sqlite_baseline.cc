#include "relevance/sqlite_baseline.h"

#include <sqlite3.h>

#include <memory>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace jipp::bench::relevance {

namespace {

constexpr const char* kTokenizer = "unicode61 remove_diacritics 2";

// The unindexed filter column for a filter name.
std::string filter_column(const std::string& name) { return "f_" + name; }

struct StmtDeleter {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

// Letters, digits, combining marks and '_': what a regex \w matches. Any
// other character (ASCII or Unicode punctuation such as ’ or “) separates
// words.
bool is_word_char(UChar32 c) {
  if (c < 0) return false;  // invalid UTF-8
  if (c == '_' || u_isalnum(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

}  // namespace

std::string fts5_or_query(std::string_view text) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t word_start = -1;
  auto end_word = [&](int32_t end) {
    if (word_start < 0) return;
    if (!out.empty()) out += " OR ";
    // Words hold no '"', so quoting them is enough to keep FTS5 syntax out.
    out += "\"" + std::string(text.substr(static_cast<size_t>(word_start),
                                           static_cast<size_t>(end - word_start))) + "\"";
    word_start = -1;
  };
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (is_word_char(c)) {
      if (word_start < 0) word_start = start;
    } else {
      end_word(start);
    }
  }
  end_word(length);
  return out;
}

SqliteBaseline::~SqliteBaseline() { (void)shutdown(); }

Status SqliteBaseline::error(const std::string& what) const {
  return Status(ErrorKind::kInternal,
                "sqlite: " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"));
}

Status SqliteBaseline::exec(const std::string& sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return Status(ErrorKind::kInternal, "sqlite: " + m + " in: " + sql.substr(0, 120));
  }
  return Status::ok();
}

Status SqliteBaseline::prepare(const Corpus& corpus) {
  if (sqlite3_open(":memory:", &db_) != SQLITE_OK) return error("open");
  std::string create =
      "CREATE VIRTUAL TABLE docs USING fts5(title, summary, description, agency, "
      "rid UNINDEXED";
  std::string insert = "INSERT INTO docs(title, summary, description, agency, rid";
  std::string values = "?, ?, ?, ?, ?";
  for (const std::string& name : filter_names()) {
    create += ", " + filter_column(name) + " UNINDEXED";
    insert += ", " + filter_column(name);
    values += ", ?";
  }
  create += std::string(", tokenize='") + kTokenizer + "')";
  insert += ") VALUES (" + values + ")";
  if (Status s = exec(create); !s.is_ok()) return s;
  if (Status s = exec("BEGIN"); !s.is_ok()) return s;
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, insert.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    return error("prepare insert");
  }
  Stmt stmt(raw);
  for (const CorpusRecord& r : corpus.records) {
    int col = 1;
    for (const std::string* v : {&r.title, &r.summary, &r.description, &r.agency, &r.id}) {
      sqlite3_bind_text(stmt.get(), col++, v->c_str(), static_cast<int>(v->size()),
                        SQLITE_TRANSIENT);
    }
    for (const std::string& name : filter_names()) {
      const std::string key = filter_key(filter_field(r, name));
      sqlite3_bind_text(stmt.get(), col++, key.c_str(), static_cast<int>(key.size()),
                        SQLITE_TRANSIENT);
    }
    if (sqlite3_step(stmt.get()) != SQLITE_DONE) return error("insert " + r.id);
    sqlite3_reset(stmt.get());
    ++documents_;
  }
  return exec("COMMIT");
}

Result<std::vector<std::string>> SqliteBaseline::search(const EvalQuery& query, size_t k) {
  if (!db_) return Status(ErrorKind::kFailedPrecondition, "sqlite: not prepared");
  const std::string match = fts5_or_query(query.text);
  if (match.empty()) return std::vector<std::string>{};
  // Filters: OR within a name, AND across names, all as bound parameters.
  std::string sql = "SELECT rid FROM docs WHERE docs MATCH ?";
  std::vector<std::string> params{match};
  for (const std::string& name : filter_names()) {
    std::string clause;
    for (const Filter& f : query.filters) {
      if (f.name != name) continue;
      clause += (clause.empty() ? "" : " OR ") + filter_column(name) + " = ?";
      params.push_back(filter_key(f.value));
    }
    if (!clause.empty()) sql += " AND (" + clause + ")";
  }
  sql += " ORDER BY bm25(docs), rowid LIMIT " + std::to_string(k);
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
    return error("prepare query");
  }
  Stmt stmt(raw);
  for (size_t i = 0; i < params.size(); ++i) {
    sqlite3_bind_text(stmt.get(), static_cast<int>(i + 1), params[i].c_str(),
                      static_cast<int>(params[i].size()), SQLITE_TRANSIENT);
  }
  std::vector<std::string> ids;
  int rc;
  while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), 0)));
  }
  if (rc != SQLITE_DONE) return error("query " + match.substr(0, 80));
  return ids;
}

Status SqliteBaseline::shutdown() {
  if (db_) {
    sqlite3_close(db_);
    db_ = nullptr;
  }
  return Status::ok();
}

nlohmann::ordered_json SqliteBaseline::info() const {
  nlohmann::ordered_json j;
  j["documents"] = documents_;
  j["sqlite_version"] = sqlite3_libversion();
  j["tokenize"] = kTokenizer;
  j["ranking"] = "bm25() defaults, OR of quoted words";
  return j;
}

}  // namespace jipp::bench::relevance
