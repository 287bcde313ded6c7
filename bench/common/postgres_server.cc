#include "common/postgres_server.h"

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "common/free_port.h"
#include "common/process.h"

namespace jipp::bench {

namespace {

constexpr int kStartAttempts = 3;  // a picked port may be taken before the server binds
constexpr const char* kDataSubdir = "data";
constexpr const char* kSettingsFile = "jipp_bench.conf";

bool is_executable(const std::string& path) { return ::access(path.c_str(), X_OK) == 0; }

std::string runuser_path() {
  for (const char* p : {"/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"}) {
    if (is_executable(p)) return p;
  }
  return "runuser";  // PATH lookup
}

// A postgresql.conf string literal.
std::string conf_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::string random_password() {
  std::random_device rd;
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 32; ++i) s += kHex[rd() % 16];
  return s;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

Status check_postgres_binaries(const std::string& bindir) {
  for (const char* prog : {"initdb", "pg_ctl", "postgres"}) {
    const std::string path = bindir + "/" + prog;
    if (!is_executable(path)) {
      return Status(ErrorKind::kNotFound,
                    "PostgreSQL server programs not found (" + path +
                        " missing); install the Debian package postgresql (postgresql-15)");
    }
  }
  return Status::ok();
}

Result<std::unique_ptr<PostgresServer>> PostgresServer::start(const PostgresOptions& options) {
  if (Status s = check_postgres_binaries(options.bindir); !s.is_ok()) return s;
  auto dir = TempDir::create("jipp-pg-");
  if (!dir.is_ok()) return dir.status();
  std::unique_ptr<PostgresServer> server(new PostgresServer(options, std::move(*dir)));
  if (Status s = server->init(); !s.is_ok()) return s;

  const std::string data = server->dir_.file(kDataSubdir);
  std::string last_error;
  for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
    auto port = pick_free_loopback_port();
    if (!port.is_ok()) return port.status();
    if (Status s = server->write_settings(*port); !s.is_ok()) return s;
    std::vector<std::string> argv = server->as_server_user(options.bindir + "/pg_ctl");
    argv.insert(argv.end(), {"-D", data, "-l", server->log_path(), "-w", "-t",
                             std::to_string(options.start_timeout.count()), "start"});
    CommandResult r = run_command(argv, {server->dir_.path()});
    if (r.exit_code == 0) {
      server->port_ = *port;
      server->running_ = true;
      return server;
    }
    // pg_ctl may have left a half-started postmaster behind.
    server->running_ = true;
    (void)server->stop();
    const std::string log = read_file(server->log_path());
    last_error = "pg_ctl start failed (" + describe_exit(r.exit_code) + "):\n" +
                 tail_lines(r.output, 5) + "server log:\n" + tail_lines(log, 10);
    if (log.find("could not bind") == std::string::npos &&
        log.find("already in use") == std::string::npos) {
      break;
    }
  }
  return Status(ErrorKind::kUnavailable, last_error);
}

Status PostgresServer::init() {
  as_root_ = ::geteuid() == 0;
  if (as_root_) {
    const passwd* pw = ::getpwnam(options_.os_user.c_str());
    if (!pw) {
      return Status(ErrorKind::kFailedPrecondition,
                    "running as root, but there is no OS user '" + options_.os_user +
                        "' to run PostgreSQL as (the postgresql package creates it)");
    }
    server_uid_ = pw->pw_uid;
    server_gid_ = pw->pw_gid;
    if (::chown(dir_.path().c_str(), server_uid_, server_gid_) != 0) {
      return Status(ErrorKind::kUnavailable, "cannot give " + dir_.path() + " to user " +
                                                 options_.os_user + ": " + std::strerror(errno));
    }
  }
  user_ = options_.db_user;
  password_ = random_password();

  const std::string pwfile = dir_.file("pwfile");
  {
    std::ofstream out(pwfile);
    out << password_ << "\n";
    if (!out) return Status(ErrorKind::kUnavailable, "cannot write " + pwfile);
  }
  ::chmod(pwfile.c_str(), 0600);
  if (as_root_ && ::chown(pwfile.c_str(), server_uid_, server_gid_) != 0) {
    return Status(ErrorKind::kUnavailable, "cannot chown " + pwfile + ": " + std::strerror(errno));
  }
  std::vector<std::string> argv = as_server_user(options_.bindir + "/initdb");
  argv.insert(argv.end(), {"-D", dir_.file(kDataSubdir), "-U", user_, "--pwfile", pwfile,
                           "--auth", "scram-sha-256", "-E", "UTF8", "--locale", options_.locale,
                           "--no-sync", "--no-instructions"});
  CommandResult r = run_command(argv, {dir_.path()});
  ::unlink(pwfile.c_str());
  if (r.exit_code != 0) {
    return Status(ErrorKind::kUnavailable,
                  "initdb failed (" + describe_exit(r.exit_code) + "):\n" + tail_lines(r.output, 10));
  }
  // Our settings live in their own file, rewritten for each start attempt.
  std::ofstream conf(dir_.file(kDataSubdir) + "/postgresql.conf", std::ios::app);
  conf << "\ninclude_if_exists = " << conf_quote(kSettingsFile) << "\n";
  if (!conf) return Status(ErrorKind::kUnavailable, "cannot append to postgresql.conf");
  return Status::ok();
}

Status PostgresServer::write_settings(int port) const {
  const std::string path = dir_.file(kDataSubdir) + "/" + kSettingsFile;
  {
    std::ofstream out(path, std::ios::trunc);
    out << "# Written by the JIPPNas benchmarks for a throw-away instance.\n"
        << "listen_addresses = '127.0.0.1'\n"
        << "port = " << port << "\n"
        << "unix_socket_directories = " << conf_quote(dir_.path()) << "\n"
        << "max_connections = 20\n";
    if (!options_.durable) {
      out << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n";
    }
    for (const auto& [name, value] : options_.settings) out << name << " = " << value << "\n";
    if (!out) return Status(ErrorKind::kUnavailable, "cannot write " + path);
  }
  if (as_root_ && ::chown(path.c_str(), server_uid_, server_gid_) != 0) {
    return Status(ErrorKind::kUnavailable, "cannot chown " + path + ": " + std::strerror(errno));
  }
  return Status::ok();
}

std::vector<std::string> PostgresServer::as_server_user(const std::string& program) const {
  if (!as_root_) return {program};
  return {runuser_path(), "-u", options_.os_user, "--", program};
}

Status PostgresServer::stop() {
  if (!running_) return Status::ok();
  running_ = false;
  const std::string data = dir_.file(kDataSubdir);
  std::vector<std::string> argv = as_server_user(options_.bindir + "/pg_ctl");
  argv.insert(argv.end(), {"-D", data, "-m", "fast", "-w", "-t", "60", "stop"});
  CommandResult r = run_command(argv, {dir_.path()});
  if (r.exit_code == 0) return Status::ok();

  // pg_ctl could not stop it: signal the postmaster directly (immediate
  // shutdown), so the directory can still be removed.
  std::ifstream pidfile(data + "/postmaster.pid");
  long pid = 0;
  if (pidfile >> pid && pid > 1) {
    ::kill(static_cast<pid_t>(pid), SIGQUIT);
    for (int i = 0; i < 100 && ::kill(static_cast<pid_t>(pid), 0) == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return Status::ok();
  }
  // No pid file: nothing is running (e.g. a start that failed early).
  if (r.output.find("no server running") != std::string::npos || !pidfile.is_open()) {
    return Status::ok();
  }
  return Status(ErrorKind::kInternal,
                "pg_ctl stop failed (" + describe_exit(r.exit_code) + "):\n" + tail_lines(r.output, 5));
}

PostgresServer::~PostgresServer() { (void)stop(); }

std::vector<std::pair<std::string, std::string>> PostgresServer::connection_params() const {
  return {{"host", host_},           {"port", std::to_string(port_)}, {"user", user_},
          {"password", password_},   {"dbname", dbname_},            {"connect_timeout", "10"}};
}

std::string PostgresServer::log_tail(size_t lines) const {
  return tail_lines(read_file(log_path()), lines);
}

}  // namespace jipp::bench
