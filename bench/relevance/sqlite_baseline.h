// SqliteBaseline ("sqlite-fts5"): SQLite's FTS5 full-text index, as a small
// site would use it. An in-memory database with one FTS5 table: title,
// summary, description and agency indexed with
// tokenize='unicode61 remove_diacritics 2', the record id and folded filter
// values as UNINDEXED columns. A query is the OR of its words, each quoted
// ("word"), so no FTS5 syntax can slip in; ranking is ORDER BY bm25();
// filters are WHERE clauses on the unindexed columns.
// Thread-safety: one thread (owns one sqlite3 connection).
#pragma once

#include <string>
#include <string_view>

#include "relevance/system.h"

struct sqlite3;

namespace jipp::bench::relevance {

inline constexpr const char* kSqliteBaselineName = "sqlite-fts5";

// The FTS5 MATCH expression for `text`: its words (runs of Unicode letters,
// digits, combining marks and '_'; everything else separates), each
// double-quoted, joined by OR: "kapankah" OR "L" OR "Étranger". Empty when
// `text` has no words.
std::string fts5_or_query(std::string_view text);

class SqliteBaseline : public RetrievalSystem {
 public:
  SqliteBaseline() = default;
  ~SqliteBaseline() override;
  std::string name() const override { return kSqliteBaselineName; }
  Status prepare(const Corpus& corpus) override;
  Result<std::vector<std::string>> search(const EvalQuery& query, size_t k) override;
  Status shutdown() override;
  nlohmann::ordered_json info() const override;

 private:
  Status exec(const std::string& sql);
  Status error(const std::string& what) const;

  sqlite3* db_ = nullptr;
  size_t documents_ = 0;
};

}  // namespace jipp::bench::relevance
