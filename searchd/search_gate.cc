#include "search_gate.h"

namespace jipp::searchd {

SearchGate::Pass SearchGate::enter() {
  std::unique_lock<std::mutex> lock(mu_);
  const uint64_t ticket = next_ticket_++;
  cv_.wait(lock, [&] { return ticket == serving_ && running_ < limit_; });
  ++serving_;
  ++running_;
  // The next ticket may be admissible too (a free slot is left).
  cv_.notify_all();
  return Pass(this);
}

void SearchGate::leave() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    --running_;
  }
  cv_.notify_all();
}

unsigned SearchGate::running() const {
  std::lock_guard<std::mutex> lock(mu_);
  return running_;
}

unsigned SearchGate::waiting() const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<unsigned>(next_ticket_ - serving_);
}

}  // namespace jipp::searchd
