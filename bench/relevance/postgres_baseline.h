// PostgresBaseline ("postgres"): PostgreSQL 15 full-text search with its
// built-in 'indonesian' configuration (Snowball stemmer, no stop words), as
// a site that already runs PostgreSQL would do it. It starts its own
// throw-away server (common/postgres_server.h) and connects over
// 127.0.0.1 with libpq.
//   table   the record fields, folded filter columns f_<name>, and
//           vec tsvector GENERATED ALWAYS AS (to_tsvector('indonesian',
//           title || ' ' || summary || ' ' || description || ' ' || agency))
//           with a GIN index
//   query   the OR of the query's lexemes: plainto_tsquery with '&' turned
//           into '|'; ranked by ts_rank(vec, query, 1) (normalisation 1:
//           divided by 1 + log(document length)), top k; filters as WHERE
// shutdown() (or the destructor) closes the connection, stops the server and
// removes its directory.
// Thread-safety: one thread (one connection).
#pragma once

#include <memory>
#include <string>

#include "common/postgres_server.h"
#include "relevance/system.h"

struct pg_conn;

namespace jipp::bench::relevance {

inline constexpr const char* kPostgresBaselineName = "postgres";

class PostgresBaseline : public RetrievalSystem {
 public:
  explicit PostgresBaseline(PostgresOptions options);
  ~PostgresBaseline() override;
  std::string name() const override { return kPostgresBaselineName; }
  Status prepare(const Corpus& corpus) override;
  Result<std::vector<std::string>> search(const EvalQuery& query, size_t k) override;
  Status shutdown() override;
  nlohmann::ordered_json info() const override;

 private:
  Status exec(const std::string& sql);

  PostgresOptions options_;
  std::unique_ptr<PostgresServer> server_;
  pg_conn* conn_ = nullptr;
  size_t documents_ = 0;
  std::string server_version_;
  double server_start_seconds_ = 0;
};

}  // namespace jipp::bench::relevance
