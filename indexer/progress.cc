#include "progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace jipp::indexer {

namespace {
constexpr auto kTerminalInterval = std::chrono::milliseconds(200);
constexpr auto kLogInterval = std::chrono::seconds(5);
constexpr int kBarWidth = 30;
}  // namespace

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

Progress::Progress(std::ostream& err, uint64_t total_bytes, bool terminal)
    : err_(err), total_bytes_(total_bytes), terminal_(terminal), start_(Clock::now()),
      last_draw_(start_) {}

void Progress::update(uint64_t records, uint64_t bytes) {
  if ((records & 63) != 0) return;  // look at the clock every 64 records
  const auto now = Clock::now();
  if (now - last_draw_ < (terminal_ ? kTerminalInterval : kLogInterval)) return;
  last_draw_ = now;
  draw(records, bytes);
}

void Progress::draw(uint64_t records, uint64_t bytes) {
  const double secs = std::chrono::duration<double>(Clock::now() - start_).count();
  const double rate = secs > 0 ? records / secs : 0;
  char eta[32] = "?";
  double fraction = 0;
  if (total_bytes_ > 0 && bytes > 0) {
    fraction = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
    const double left = secs / fraction - secs;
    std::snprintf(eta, sizeof eta, "%.0fs", left > 0 ? left : 0);
  }
  char line[160];
  if (terminal_) {
    const int filled = static_cast<int>(fraction * kBarWidth);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kBarWidth, '.');
    std::snprintf(line, sizeof line, "\r[%s] %3.0f%% %llu records, %.0f records/s, ETA %s ",
                  bar.c_str(), fraction * 100, static_cast<unsigned long long>(records), rate, eta);
    err_ << line << std::flush;
    drawn_ = true;
  } else {
    std::snprintf(line, sizeof line, "indexer: %llu records, %.0f records/s, %.0f%% done, ETA %s\n",
                  static_cast<unsigned long long>(records), rate, fraction * 100, eta);
    err_ << line << std::flush;
  }
}

void Progress::finish() {
  if (terminal_ && drawn_) err_ << "\r" << std::string(78, ' ') << "\r" << std::flush;
}

}  // namespace jipp::indexer
