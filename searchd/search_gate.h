// SearchGate: lets at most N searches run at once, the others wait their
// turn in arrival order.
//
// Each HTTP connection keeps its own worker thread (cpp-httplib), so more
// threads than cores run searches side by side and the CPUs are shared
// among them: at 8 connections on 2 cores every search took about 4 times
// its own time, the slowest most of all. Admitting about as many searches
// as there are cores, first come first served, lets each run at nearly
// full speed once admitted, which shortens the slow ones' latency (the
// p99) at the cost of a short wait for the fast ones and some throughput
// (see server.cc for the figures).
// Thread-safety: enter() may be called from any number of threads.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace jipp::searchd {

class SearchGate {
 public:
  explicit SearchGate(unsigned limit) : limit_(limit > 0 ? limit : 1) {}

  // Held while a search runs; leaving lets the next waiting one in.
  class Pass {
   public:
    explicit Pass(SearchGate* gate) : gate_(gate) {}
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;
    ~Pass() { gate_->leave(); }

   private:
    SearchGate* gate_;
  };

  // Waits until fewer than `limit` searches run and every earlier caller
  // has been let in.
  Pass enter();

  unsigned running() const;
  unsigned waiting() const;  // callers of enter() not yet let in

 private:
  void leave();

  const unsigned limit_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  uint64_t next_ticket_ = 0;  // guarded by mu_, as all below
  uint64_t serving_ = 0;      // tickets below this have been let in
  unsigned running_ = 0;
};

}  // namespace jipp::searchd
