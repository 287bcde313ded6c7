#include "common/process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jipp::bench {

namespace {

int decode_wait_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return kExitNotExecuted;
}

// Everything the child needs, prepared before fork(): after it, only
// async-signal-safe calls are allowed (the parent may have threads).
struct ExecPlan {
  std::vector<std::string> args;
  std::vector<char*> argv;
  std::string cwd;

  explicit ExecPlan(const std::vector<std::string>& a, const CommandOptions& o)
      : args(a), cwd(o.cwd) {
    for (auto& s : args) argv.push_back(s.data());
    argv.push_back(nullptr);
  }
};

// In the child: wires fds 0/1/2, changes directory and executes. Never returns.
[[noreturn]] void exec_child(const ExecPlan& plan, int out_fd, bool merge_stderr) {
  int devnull = ::open("/dev/null", O_RDONLY);
  if (devnull >= 0) ::dup2(devnull, 0);
  ::dup2(out_fd, 1);
  if (merge_stderr) ::dup2(out_fd, 2);
  if (!plan.cwd.empty() && ::chdir(plan.cwd.c_str()) != 0) {
    const char msg[] = "cannot change to the working directory\n";
    ssize_t ignored = ::write(2, msg, sizeof msg - 1);
    (void)ignored;
    ::_exit(kExitNotExecuted);
  }
  ::execvp(plan.argv[0], plan.argv.data());
  const char* err = std::strerror(errno);
  const char prefix[] = "cannot execute ";
  ssize_t ignored = ::write(2, prefix, sizeof prefix - 1);
  ignored = ::write(2, plan.argv[0], std::strlen(plan.argv[0]));
  ignored = ::write(2, ": ", 2);
  ignored = ::write(2, err, std::strlen(err));
  ignored = ::write(2, "\n", 1);
  (void)ignored;
  ::_exit(kExitNotExecuted);
}

int wait_blocking(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return kExitNotExecuted;
  }
  return decode_wait_status(status);
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& argv, const CommandOptions& options) {
  CommandResult result;
  if (argv.empty()) {
    result.output = "run_command: empty argv";
    return result;
  }
  ExecPlan plan(argv, options);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    result.output = std::string("pipe: ") + std::strerror(errno);
    return result;
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    result.output = std::string("fork: ") + std::strerror(errno);
    ::close(fds[0]);
    ::close(fds[1]);
    return result;
  }
  if (pid == 0) exec_child(plan, fds[1], /*merge_stderr=*/true);
  ::close(fds[1]);
  char buf[8192];
  for (;;) {
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n > 0) {
      result.output.append(buf, static_cast<size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(fds[0]);
  result.exit_code = wait_blocking(pid);
  return result;
}

std::string describe_exit(int exit_code) {
  if (exit_code > 128 && exit_code < 128 + 65) {
    const int sig = exit_code - 128;
    const char* name = ::strsignal(sig);
    return "killed by signal " + std::to_string(sig) + (name ? std::string(" (") + name + ")" : "");
  }
  return "exit status " + std::to_string(exit_code);
}

std::string tail_lines(const std::string& text, size_t lines, const std::string& indent) {
  std::vector<std::string> all;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) all.push_back(std::move(line));
    pos = nl + 1;
  }
  std::string out;
  for (size_t i = all.size() > lines ? all.size() - lines : 0; i < all.size(); ++i) {
    out += indent + all[i] + "\n";
  }
  return out;
}

Result<std::unique_ptr<ChildProcess>> ChildProcess::spawn(const std::vector<std::string>& argv,
                                                          const CommandOptions& options) {
  if (argv.empty()) return Status(ErrorKind::kInvalidArgument, "spawn: empty argv");
  ExecPlan plan(argv, options);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    return Status(ErrorKind::kUnavailable, std::string("pipe: ") + std::strerror(errno));
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return Status(ErrorKind::kUnavailable, std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) exec_child(plan, fds[1], /*merge_stderr=*/false);
  ::close(fds[1]);
  return std::unique_ptr<ChildProcess>(new ChildProcess(pid, fds[0]));
}

ChildProcess::~ChildProcess() { stop(SIGTERM); }

Result<std::string> ChildProcess::read_line(std::chrono::milliseconds timeout) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    if (const size_t nl = buffer_.find('\n'); nl != std::string::npos) {
      std::string line = buffer_.substr(0, nl);
      buffer_.erase(0, nl + 1);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return Status(ErrorKind::kUnavailable, "timed out waiting for output");
    pollfd p{stdout_fd_, POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(left));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return Status(ErrorKind::kUnavailable, std::string("poll: ") + std::strerror(errno));
    if (r == 0) continue;  // the deadline check above ends the loop
    char buf[4096];
    const ssize_t n = ::read(stdout_fd_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status(ErrorKind::kUnavailable, "closed its output without a line");
    buffer_.append(buf, static_cast<size_t>(n));
  }
}

void ChildProcess::drain_stdout() {
  if (drain_.joinable() || stdout_fd_ < 0) return;
  const int fd = stdout_fd_;
  drain_ = std::thread([fd] {
    char buf[4096];
    for (;;) {
      const ssize_t n = ::read(fd, buf, sizeof buf);
      if (n > 0 || (n < 0 && errno == EINTR)) continue;
      break;
    }
  });
}

bool ChildProcess::running() {
  if (exit_code_) return false;
  int status = 0;
  const pid_t r = ::waitpid(pid_, &status, WNOHANG);
  if (r == pid_) {
    exit_code_ = decode_wait_status(status);
    return false;
  }
  return r == 0;
}

int ChildProcess::stop(int signal, std::chrono::milliseconds grace) {
  if (!exit_code_ && running()) {
    ::kill(pid_, signal);
    const auto deadline = std::chrono::steady_clock::now() + grace;
    while (running() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!exit_code_) {
      ::kill(pid_, SIGKILL);
      exit_code_ = wait_blocking(pid_);
    }
  }
  if (drain_.joinable()) drain_.join();
  if (stdout_fd_ >= 0) {
    ::close(stdout_fd_);
    stdout_fd_ = -1;
  }
  return exit_code_.value_or(kExitNotExecuted);
}

}  // namespace jipp::bench
