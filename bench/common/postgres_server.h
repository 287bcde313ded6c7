// PostgresServer: a throw-away PostgreSQL instance for benchmarks. start()
// runs initdb into a fresh temporary directory and starts the server on a
// free loopback port (listen_addresses = '127.0.0.1', the Unix socket inside
// that directory, password authentication for a generated password);
// the destructor stops it (pg_ctl stop -m fast) and removes the directory,
// also when the caller leaves through an error.
//
// As root, the server programs run as the `postgres` OS user through
// runuser(1) (PostgreSQL refuses to run as root) and the directory is given
// to that user; otherwise they run as the caller.
//
// Thread-safety: start/stop from one thread; the connection parameters are
// plain values any number of clients may use.
// Not a client: callers connect with libpq using connection_params(), so this
// module does not link libpq.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/temp_dir.h"
#include "jipp/status.h"

namespace jipp::bench {

// Where Debian 12's postgresql-15 package installs the server programs.
inline constexpr const char* kDefaultPgBindir = "/usr/lib/postgresql/15/bin";

struct PostgresOptions {
  std::string bindir = kDefaultPgBindir;
  std::string os_user = "postgres";  // runs the server when we are root
  std::string db_user = "jipp_bench";
  std::string locale = "C.UTF-8";
  // false (benchmarks of a throw-away instance): fsync, synchronous_commit
  // and full_page_writes off. Crash safety is irrelevant here.
  bool durable = false;
  // Extra postgresql.conf settings, name -> value as written in the file
  // (quote strings yourself: {"work_mem", "'64MB'"}).
  std::vector<std::pair<std::string, std::string>> settings;
  std::chrono::seconds start_timeout{60};
};

// ok when initdb, pg_ctl and postgres are in `bindir`; otherwise not_found
// naming the missing program and the Debian package that provides it.
Status check_postgres_binaries(const std::string& bindir);

class PostgresServer {
 public:
  // Initialises and starts a server. Errors quote initdb's output or the end
  // of the server log.
  static Result<std::unique_ptr<PostgresServer>> start(const PostgresOptions& options);
  ~PostgresServer();
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

  // pg_ctl stop -m fast (SIGQUIT to the postmaster if that fails). The
  // directory stays until destruction. Idempotent.
  Status stop();

  const std::string& host() const { return host_; }
  int port() const { return port_; }
  const std::string& user() const { return user_; }
  const std::string& password() const { return password_; }
  const std::string& dbname() const { return dbname_; }
  // Keyword/value pairs for PQconnectdbParams (host, port, user, password,
  // dbname, connect_timeout).
  std::vector<std::pair<std::string, std::string>> connection_params() const;

  const std::string& directory() const { return dir_.path(); }
  std::string log_path() const { return dir_.file("server.log"); }
  // The last `lines` lines of the server log, indented, for error messages.
  std::string log_tail(size_t lines) const;

 private:
  PostgresServer(PostgresOptions options, TempDir dir)
      : options_(std::move(options)), dir_(std::move(dir)) {}
  // argv prefix that runs a server program as the right OS user.
  std::vector<std::string> as_server_user(const std::string& program) const;
  Status init();
  Status write_settings(int port) const;

  PostgresOptions options_;
  TempDir dir_;
  bool as_root_ = false;
  unsigned server_uid_ = 0, server_gid_ = 0;
  bool running_ = false;
  std::string host_ = "127.0.0.1";
  int port_ = 0;
  std::string user_;
  std::string password_;
  std::string dbname_ = "postgres";
};

}  // namespace jipp::bench
