#include "search_gate.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace jipp::searchd {
namespace {

TEST(SearchGateTest, NeverLetsMoreThanTheLimitRunAtOnce) {
  SearchGate gate(2);
  std::atomic<int> inside{0}, most{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        SearchGate::Pass pass = gate.enter();
        const int now = ++inside;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        --inside;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(most.load(), 2);
  EXPECT_EQ(gate.running(), 0u);
}

TEST(SearchGateTest, WaitersAreLetInInArrivalOrder) {
  SearchGate gate(1);
  std::vector<int> order;
  std::mutex order_mu;
  std::vector<std::thread> threads;
  {
    SearchGate::Pass first = gate.enter();  // everyone below must wait
    for (int t = 0; t < 5; ++t) {
      threads.emplace_back([&, t] {
        SearchGate::Pass pass = gate.enter();
        std::lock_guard<std::mutex> lock(order_mu);
        order.push_back(t);
      });
      // Thread t has its ticket before the next one starts.
      while (gate.waiting() < static_cast<unsigned>(t + 1)) std::this_thread::yield();
    }
    EXPECT_EQ(gate.running(), 1u);
    EXPECT_EQ(gate.waiting(), 5u);
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

}  // namespace
}  // namespace jipp::searchd
