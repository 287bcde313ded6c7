// Test helpers that run the real binaries: `indexer` as a command, and
// `searchd` as a child process on a free loopback port.
#pragma once

#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace jipp::testing {

// A temporary directory removed when the object dies; unique per test
// process, so ctest -j can run suites in parallel.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("jipp-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string str() const { return path_.string(); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};

// Runs argv with stdout+stderr captured.
inline CommandResult run_command(const std::vector<std::string>& argv) {
  int pipefd[2];
  if (::pipe(pipefd) != 0) throw std::runtime_error("pipe failed");
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(pipefd[1], 1);
    ::dup2(pipefd[1], 2);
    ::close(pipefd[0]);
    ::close(pipefd[1]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    _exit(127);
  }
  ::close(pipefd[1]);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(pipefd[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(pipefd[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), out};
}

// A running searchd. The constructor waits until /health answers.
class SearchdProcess {
 public:
  SearchdProcess(const std::string& binary, const std::string& index_dir) {
    int pipefd[2];
    if (::pipe(pipefd) != 0) throw std::runtime_error("pipe failed");
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(pipefd[1], 1);
      ::close(pipefd[0]);
      ::close(pipefd[1]);
      ::execl(binary.c_str(), binary.c_str(), "--index", index_dir.c_str(), "--bind",
              "127.0.0.1", "--port", "0", "--threads", "8", static_cast<char*>(nullptr));
      _exit(127);
    }
    ::close(pipefd[1]);
    out_ = ::fdopen(pipefd[0], "r");
    char line[256];
    if (!std::fgets(line, sizeof line, out_)) throw std::runtime_error("searchd did not start");
    std::string s(line);
    const std::string tag = "listening on 127.0.0.1:";
    if (s.rfind(tag, 0) != 0) throw std::runtime_error("unexpected searchd output: " + s);
    port_ = std::stoi(s.substr(tag.size()));
    // Keep draining stdout so searchd never blocks on a full pipe.
    drain_ = std::thread([f = out_] {
      char b[256];
      while (std::fgets(b, sizeof b, f)) {
      }
    });
    httplib::Client c("127.0.0.1", port_);
    for (int i = 0; i < 100; ++i) {
      if (auto r = c.Get("/health"); r && r->status == 200) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("searchd /health never answered");
  }

  // Sends SIGTERM and returns searchd's exit code.
  int stop() {
    if (pid_ <= 0) return exit_code_;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (drain_.joinable()) drain_.join();
    std::fclose(out_);
    return exit_code_;
  }

  ~SearchdProcess() { stop(); }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
  FILE* out_ = nullptr;
  std::thread drain_;
};

}  // namespace jipp::testing
