// PostgresPeer: PostgreSQL 15 as a peer engine, on a throw-away server
// (common/postgres_server.h: initdb in a temporary directory, 127.0.0.1 on a
// free port, stopped and removed when the peer dies, also on errors).
// Schema: one `records` table with the record fields and a STORED generated
// column vec = to_tsvector('indonesian', title||' '||summary||' '||
// description||' '||agency), a GIN index on vec and B-tree indexes on the
// filter columns. Loading: COPY FROM STDIN (text format), then the indexes,
// then VACUUM ANALYZE. Queries: plainto_tsquery (all) or the OR of its
// lexemes (any), ORDER BY ts_rank(vec, q) DESC LIMIT 10; facets in one
// statement with GROUP BY GROUPING SETS ((province), (agency), (year)).
// Server settings are those a dedicated search host would use (see
// server_settings()); none is set below its default.
// Thread-safety: one thread.
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/postgres_server.h"
#include "speed/peer.h"

namespace jipp::bench::speed {

// postgresql.conf settings the peer runs with (name, value as written).
std::vector<std::pair<std::string, std::string>> server_settings();

class PostgresPeer : public Peer {
 public:
  explicit PostgresPeer(std::string bindir) : bindir_(std::move(bindir)) {}
  ~PostgresPeer() override;

  Result<LoadStats> load(const std::string& corpus_path) override;
  Status prepare_queries() override;
  Result<QueryOutcome> query(const BenchQuery& q, PeerMatch match, bool facets) override;
  nlohmann::ordered_json describe() const override;
  nlohmann::ordered_json memory() const override;

  // The COPY text-format escaping of one field. Exposed for tests.
  static void append_copy_field(std::string* out, const std::string& value);

 private:
  Status start();
  Status exec(const std::string& sql);
  Result<std::vector<std::vector<std::string>>> rows(const std::string& sql,
                                                     const std::vector<std::string>& params);
  // Server memory: PSS summed over the postmaster and its children.
  uint64_t server_pss_kb() const;
  uint64_t backend_peak_kb() const;
  long postmaster_pid() const;

  std::string bindir_;
  std::unique_ptr<PostgresServer> server_;
  PGconn* conn_ = nullptr;
  std::string version_;
};

}  // namespace jipp::bench::speed
