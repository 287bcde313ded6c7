#include "session.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace jipp::indexer {

namespace fs = std::filesystem;

IndexLock::IndexLock(const std::string& dir) {
  fd_ = ::open((fs::path(dir) / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  locked_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
}

IndexLock::~IndexLock() {
  if (fd_ >= 0) ::close(fd_);
}

uint64_t disk_size(const std::string& path) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return total;
}

bool Session::open(const CommonOptions& common, const std::vector<std::string>& inputs,
                   const std::string& rejects_file, std::ostream& err) {
  auto a = Analyzer::load({common.data_dir, common.hunspell_dic});
  if (!a.is_ok()) {
    err << "indexer: " << a.status().message() << "\n";
    return false;
  }
  analyzer = *a;
  auto f = FacetNormalizer::load(common.data_dir);
  if (!f.is_ok()) {
    err << "indexer: " << f.status().message() << "\n";
    return false;
  }
  facets = *f;
  for (const auto& path : inputs) {
    auto r = JsonlReader::open(path);
    if (!r.is_ok()) {
      err << "indexer: " << r.status().message() << "\n";
      return false;
    }
    readers.push_back(std::move(*r));
    std::error_code ec;
    if (path != "-") input_bytes += fs::file_size(path, ec);
  }
  rejects_path = rejects_file;
  rejects.open(rejects_path, std::ios::trunc);
  if (!rejects) {
    err << "indexer: cannot write rejects file " << rejects_path << "\n";
    return false;
  }
  return true;
}

void Session::ingest_all(Ingest& ingest, Sink& sink, int progress, std::ostream& err) {
  const bool terminal = progress < 0 ? stderr_is_terminal() : progress == 1;
  Progress bar(err, input_bytes, terminal);
  for (auto& r : readers) ingest.run(*r, sink, &bar);
  bar.finish();
  rejects.flush();
}

void Session::print_summary(const IngestCounts& c, std::ostream& out) const {
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char buf[320];
  std::snprintf(buf, sizeof buf,
                "indexer: %llu lines: %llu indexed (%llu repeated id), %llu deleted, "
                "%llu rejected, %llu warning(s)\n"
                "indexer: %.2f s, %.0f records/s, %.2f MB/s\n",
                static_cast<unsigned long long>(c.lines),
                static_cast<unsigned long long>(c.indexed),
                static_cast<unsigned long long>(c.duplicates),
                static_cast<unsigned long long>(c.deleted),
                static_cast<unsigned long long>(c.rejected),
                static_cast<unsigned long long>(c.warnings), secs,
                secs > 0 ? static_cast<double>(c.lines) / secs : 0.0,
                secs > 0 ? static_cast<double>(c.bytes) / 1e6 / secs : 0.0);
  out << buf;
  if (c.rejected > 0) out << "indexer: rejected lines written to " << rejects_path << "\n";
}

}  // namespace jipp::indexer
