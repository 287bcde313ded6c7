#include "speed/rss_sampler.h"

#include "speed/proc_info.h"

namespace jipp::bench::speed {

RssSampler::RssSampler(pid_t pid, std::chrono::milliseconds interval) {
  thread_ = std::thread([this, pid, interval] {
    while (!stop_.load()) {
      const uint64_t kb = status_kb(pid, "VmRSS").value_or(0);
      if (kb > max_kb_.load()) max_kb_.store(kb);
      std::this_thread::sleep_for(interval);
    }
  });
}

uint64_t RssSampler::stop() {
  stop_.store(true);
  if (thread_.joinable()) thread_.join();
  return max_kb_.load();
}

}  // namespace jipp::bench::speed
