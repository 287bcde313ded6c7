// SqlitePeer: SQLite FTS5 as a peer engine. A plain `records` table holds
// every field (filters and facets are ordinary columns); an external-content
// FTS5 table `docs` indexes title, summary, description and agency with
// tokenize='unicode61 remove_diacritics 2' (FTS5's recommended tokenizer for
// non-English text; no stemming exists for Indonesian). Loading is one
// transaction of prepared inserts followed by FTS5's 'optimize' (merging the
// index into one b-tree, as recommended for read-mostly data) and ANALYZE.
// Queries: `docs MATCH` (quoted words, implicit AND or OR) joined to
// `records` by rowid, ORDER BY bm25(docs) LIMIT 10; facets are GROUP BYs
// over one MATERIALIZED CTE of the matching rows (the FTS query runs once
// for all three counts). Statements are prepared once per SQL text.
// Thread-safety: one thread.
#pragma once

#include <sqlite3.h>

#include <map>
#include <memory>
#include <string>

#include "speed/peer.h"

namespace jipp::bench::speed {

class SqlitePeer : public Peer {
 public:
  // The database file is created at `db_path` (it must not exist).
  explicit SqlitePeer(std::string db_path) : path_(std::move(db_path)) {}
  ~SqlitePeer() override;

  Result<LoadStats> load(const std::string& corpus_path) override;
  Status prepare_queries() override;
  Result<QueryOutcome> query(const BenchQuery& q, PeerMatch match, bool facets) override;
  nlohmann::ordered_json describe() const override;
  nlohmann::ordered_json memory() const override;

  // The FTS5 MATCH expression for `text`: quoted words joined by " OR " or
  // by spaces (implicit AND). Exposed for tests.
  static std::string match_expression(const std::string& text, PeerMatch match);

 private:
  struct StmtDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

  Status exec(const std::string& sql);
  Status error(const std::string& what) const;
  Result<sqlite3_stmt*> statement(const std::string& sql);
  void close();

  std::string path_;
  sqlite3* db_ = nullptr;
  std::map<std::string, Stmt> statements_;
};

}  // namespace jipp::bench::speed
