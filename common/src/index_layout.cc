#include "jipp/index_layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace jipp::layout {

namespace fs = std::filesystem;

std::string live_path(const std::string& dir) {
  fs::path stub = fs::path(dir) / kStubName;
  std::error_code ec;
  if (fs::is_regular_file(stub, ec)) return stub.string();
  return dir;
}

std::string version_name(int version) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "v%06d", version);
  return buf;
}

std::vector<int> list_versions(const std::string& dir) {
  std::vector<int> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.size() == 7 && name[0] == 'v' &&
        std::all_of(name.begin() + 1, name.end(), ::isdigit) && e.is_directory()) {
      out.push_back(std::stoi(name.substr(1)));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

int live_version(const std::string& dir) {
  std::ifstream in(fs::path(dir) / kStubName);
  std::string kind, path;
  if (!(in >> kind >> path)) return 0;
  if (path.size() == 7 && path[0] == 'v') return std::atoi(path.c_str() + 1);
  return 0;
}

namespace {
Status fsync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) return Status(ErrorKind::kInternal, "cannot open " + path + " to sync it");
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return Status(ErrorKind::kInternal, "fsync failed for " + path);
  return Status::ok();
}
}  // namespace

Status publish(const std::string& dir, int version) {
  const std::string tmp = (fs::path(dir) / (std::string(kStubName) + ".tmp")).string();
  const std::string stub = (fs::path(dir) / kStubName).string();
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "auto " << version_name(version) << "\n";
    if (!out.flush()) return Status(ErrorKind::kInternal, "cannot write " + tmp);
  }
  if (Status s = fsync_path(tmp, O_RDONLY); !s.is_ok()) return s;
  if (std::rename(tmp.c_str(), stub.c_str()) != 0) {
    return Status(ErrorKind::kInternal, "cannot rename " + tmp + " to " + stub);
  }
  return fsync_path(dir, O_RDONLY | O_DIRECTORY);
}

unsigned shard_of(const std::string& id, unsigned shards) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return shards == 0 ? 0 : static_cast<unsigned>(h % shards);
}

std::string shard_name(unsigned shard) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "shard-%02u", shard);
  return buf;
}

std::vector<std::string> shard_paths(const std::string& version_dir) {
  std::ifstream in(fs::path(version_dir) / "XAPIANDB");
  if (!in) return {version_dir};
  std::vector<std::string> out;
  std::string kind, path;
  while (in >> kind >> path) out.push_back((fs::path(version_dir) / path).string());
  return out;
}

Status write_shard_stub(const std::string& version_dir, unsigned shards) {
  std::ofstream out(fs::path(version_dir) / "XAPIANDB", std::ios::trunc);
  for (unsigned i = 0; i < shards; ++i) out << "auto " << shard_name(i) << "\n";
  if (!out.flush()) return Status(ErrorKind::kInternal, "cannot write " + version_dir + "/XAPIANDB");
  return Status::ok();
}

std::string live_version_dir(const std::string& dir) {
  const int v = live_version(dir);
  if (v == 0) return dir;
  return (fs::path(dir) / version_name(v)).string();
}

void prune(const std::string& dir) {
  const int live = live_version(dir);
  std::vector<int> versions = list_versions(dir);
  std::error_code ec;
  const size_t n = versions.size();
  for (size_t i = 0; i + kVersionsKept < n; ++i) {
    if (versions[i] == live) continue;
    fs::remove_all(fs::path(dir) / version_name(versions[i]), ec);
  }
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0 &&
        name != std::string(kStubName) + ".tmp") {
      fs::remove_all(e.path(), ec);
    }
  }
}

}  // namespace jipp::layout
