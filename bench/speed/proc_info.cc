#include "speed/proc_info.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace jipp::bench::speed {

namespace {

// The value of "key:   N kB" in a /proc file of such lines.
std::optional<uint64_t> kb_line(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  std::string line;
  const std::string tag = key + ":";
  while (std::getline(in, line)) {
    if (line.compare(0, tag.size(), tag) != 0) continue;
    std::istringstream fields(line.substr(tag.size()));
    uint64_t kb = 0;
    if (fields >> kb) return kb;
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<pid_t> parent_of(pid_t pid) {
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces
  // and parentheses, so read after the last ')'.
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t close = stat.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream rest(stat.substr(close + 1));
  std::string state;
  long ppid = 0;
  if (!(rest >> state >> ppid)) return std::nullopt;
  return static_cast<pid_t>(ppid);
}

}  // namespace

std::optional<uint64_t> status_kb(pid_t pid, const std::string& key) {
  return kb_line("/proc/" + std::to_string(pid) + "/status", key);
}

std::optional<uint64_t> pss_kb(pid_t pid) {
  return kb_line("/proc/" + std::to_string(pid) + "/smaps_rollup", "Pss");
}

std::vector<pid_t> children_of(pid_t parent) {
  std::vector<pid_t> out;
  DIR* dir = ::opendir("/proc");
  if (!dir) return out;
  while (dirent* e = ::readdir(dir)) {
    char* end = nullptr;
    const long pid = std::strtol(e->d_name, &end, 10);
    if (pid <= 0 || *end != '\0') continue;
    if (parent_of(static_cast<pid_t>(pid)) == parent) out.push_back(static_cast<pid_t>(pid));
  }
  ::closedir(dir);
  return out;
}

std::optional<pid_t> child_running(pid_t parent, const std::string& exe) {
  std::error_code ec;
  const std::filesystem::path want = std::filesystem::canonical(exe, ec);
  if (ec) return std::nullopt;
  for (pid_t pid : children_of(parent)) {
    const auto link = std::filesystem::read_symlink("/proc/" + std::to_string(pid) + "/exe", ec);
    if (!ec && link == want) return pid;
  }
  return std::nullopt;
}

uint64_t disk_bytes(const std::string& path) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  auto add = [&total](const fs::path& p) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) == 0) total += static_cast<uint64_t>(st.st_blocks) * 512;
  };
  if (!fs::exists(path, ec)) return 0;
  add(path);
  if (!fs::is_directory(path, ec)) return total;
  for (auto it = fs::recursive_directory_iterator(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    add(it->path());
  }
  return total;
}

std::optional<uint64_t> tcp_ext_counter(const std::string& name) {
  // Two lines per group: "TcpExt: Name1 Name2 ..." then "TcpExt: 1 2 ...".
  std::ifstream in("/proc/net/netstat");
  std::string names, values;
  while (std::getline(in, names) && std::getline(in, values)) {
    if (names.rfind("TcpExt:", 0) != 0) continue;
    std::istringstream n(names), v(values);
    std::string key, value;
    while (n >> key && v >> value) {
      if (key == name) return std::stoull(value);
    }
  }
  return std::nullopt;
}

std::optional<uint64_t> cpu_ticks(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t close = stat.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  // After "pid (comm)": state is field 3; utime and stime are fields 14, 15.
  std::istringstream rest(stat.substr(close + 2));
  std::string field;
  uint64_t utime = 0, stime = 0;
  for (int i = 3; i <= 15 && rest >> field; ++i) {
    if (i == 14) utime = std::stoull(field);
    if (i == 15) stime = std::stoull(field);
  }
  return utime + stime;
}

double wait_until_idle(pid_t pid, double max_share, double timeout_s) {
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  const double hz = static_cast<double>(::sysconf(_SC_CLK_TCK));
  constexpr auto kWindow = std::chrono::milliseconds(500);
  auto before = cpu_ticks(pid);
  while (before) {
    std::this_thread::sleep_for(kWindow);
    const auto after = cpu_ticks(pid);
    if (!after) break;
    const double share = static_cast<double>(*after - *before) / hz / 0.5;
    before = after;
    if (share < max_share) break;
    if (std::chrono::duration<double>(Clock::now() - t0).count() > timeout_s) break;
  }
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

uint64_t self_peak_rss_kb() { return status_kb(::getpid(), "VmHWM").value_or(0); }

}  // namespace jipp::bench::speed
