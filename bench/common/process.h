// Child processes for the benchmarks: run a command to completion with its
// output captured (indexer, initdb, pg_ctl), or keep one running and read its
// standard output line by line (searchd).
// Owns: fork/exec, the pipes, and reaping; a ChildProcess never outlives its
// object (the destructor stops it).
// Thread-safety: run_command() is reentrant; one ChildProcess is used by one
// thread (its optional drain thread is internal).
// Not for shells: argv is executed as given, nothing is quoted or expanded.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "jipp/status.h"

namespace jipp::bench {

// Exit code of a child that could not be executed (as the shell reports it).
inline constexpr int kExitNotExecuted = 127;

struct CommandOptions {
  std::string cwd;  // empty: the caller's working directory
};

struct CommandResult {
  // The exit status; 128 + N when killed by signal N; kExitNotExecuted when
  // argv[0] could not be run (the reason is then in `output`).
  int exit_code = kExitNotExecuted;
  std::string output;  // standard output and standard error, interleaved
};

// Runs argv (argv[0] a path, or a name looked up in PATH) with standard input
// from /dev/null and waits for it. A child that keeps the pipe open after
// exiting (a daemon it started) must redirect its own output, or this waits
// for that too: pg_ctl's -l does.
CommandResult run_command(const std::vector<std::string>& argv,
                          const CommandOptions& options = {});

// "exit status 3" or "killed by signal 9", for messages.
std::string describe_exit(int exit_code);

// The last `lines` lines of `text`, each prefixed with `indent`, for error
// messages that quote a tool's output.
std::string tail_lines(const std::string& text, size_t lines, const std::string& indent = "  ");

// A running child whose standard output we read; standard error is
// inherited, so its messages reach the user directly.
class ChildProcess {
 public:
  // Starts argv. unavailable when fork or pipe fails; an argv[0] that cannot
  // be executed shows up as an early exit (code kExitNotExecuted).
  static Result<std::unique_ptr<ChildProcess>> spawn(const std::vector<std::string>& argv,
                                                     const CommandOptions& options = {});
  ~ChildProcess();  // stop(SIGTERM)
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }

  // The next line of standard output without its newline. unavailable when
  // the child closes its output (it exited) or `timeout` passes first.
  Result<std::string> read_line(std::chrono::milliseconds timeout);

  // From now on, reads and discards standard output in a background thread,
  // so the child never blocks on a full pipe. Call after the last read_line().
  void drain_stdout();

  // True while the child has not exited (reaps it when it has).
  bool running();

  // Sends `signal`, waits up to `grace` for the child to exit, then sends
  // SIGKILL. Returns the exit code (as in CommandResult). Idempotent.
  int stop(int signal, std::chrono::milliseconds grace = std::chrono::seconds(10));

 private:
  ChildProcess(pid_t pid, int stdout_fd) : pid_(pid), stdout_fd_(stdout_fd) {}

  pid_t pid_;
  int stdout_fd_;
  std::string buffer_;  // read but not yet returned by read_line()
  std::thread drain_;
  std::optional<int> exit_code_;
};

}  // namespace jipp::bench
