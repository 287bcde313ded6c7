// RssSampler: polls a process's VmRSS in a background thread while a load
// run goes on, and reports the largest value seen: "RSS under load". (VmHWM
// would also count peaks from before the run, e.g. start-up.)
// Thread-safety: start/stop from one thread; the sampling thread is
// internal and joined by stop() or the destructor.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

namespace jipp::bench::speed {

class RssSampler {
 public:
  RssSampler(pid_t pid, std::chrono::milliseconds interval);
  ~RssSampler() { stop(); }
  RssSampler(const RssSampler&) = delete;
  RssSampler& operator=(const RssSampler&) = delete;

  // Stops sampling (idempotent) and returns the largest VmRSS seen, kB.
  uint64_t stop();

 private:
  std::atomic<bool> stop_{false};
  std::atomic<uint64_t> max_kb_{0};
  std::thread thread_;
};

}  // namespace jipp::bench::speed
