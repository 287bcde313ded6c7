// Progress: what an admin sees while the indexer works. On a terminal, a
// bar redrawn in place with records/s and ETA; otherwise (logs, CI) a plain
// line every few seconds. Always on stderr, so stdout stays for results.
// Thread-safety: one thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>

namespace jipp::indexer {

class Progress {
 public:
  // `total_bytes` is the input size when known (0 for stdin): ETA needs it.
  Progress(std::ostream& err, uint64_t total_bytes, bool terminal);

  // Called after each record; cheap unless it is time to draw.
  void update(uint64_t records, uint64_t bytes);

  // Clears the bar (the caller prints the summary).
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  void draw(uint64_t records, uint64_t bytes);

  std::ostream& err_;
  uint64_t total_bytes_;
  bool terminal_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  bool drawn_ = false;
};

// Whether stderr is a terminal.
bool stderr_is_terminal();

}  // namespace jipp::indexer
