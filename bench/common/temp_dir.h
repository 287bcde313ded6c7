// TempDir: a fresh private directory under the system temporary directory
// ($TMPDIR, else /tmp), removed with everything in it when the object dies.
// Unique per call (mkdtemp), so parallel runs and ctest -j never collide.
// Thread-safety: a plain value; do not share one between threads.
// Not for output that should survive the run: write that under --out.
#pragma once

#include <string>
#include <string_view>

#include "jipp/status.h"

namespace jipp::bench {

class TempDir {
 public:
  // Creates <tmp>/<prefix>XXXXXX with mode 0700. unavailable on failure.
  static Result<TempDir> create(std::string_view prefix);

  TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  TempDir& operator=(TempDir&& other) noexcept;
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::string& path() const { return path_; }
  // path()/name
  std::string file(std::string_view name) const { return path_ + "/" + std::string(name); }

 private:
  explicit TempDir(std::string path) : path_(std::move(path)) {}
  void remove();

  std::string path_;
};

}  // namespace jipp::bench
