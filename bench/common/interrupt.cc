#include "common/interrupt.h"

#include <signal.h>

#include <csignal>

namespace jipp::bench {

namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void on_interrupt(int sig) {
  if (g_signal != 0) {
    // Second signal: the user means it.
    ::signal(sig, SIG_DFL);
    ::raise(sig);
    return;
  }
  g_signal = sig;
}

}  // namespace

void install_interrupt_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;  // libraries (libpq, httplib) keep working
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
}

bool interrupted() { return g_signal != 0; }

int interrupt_signal() { return static_cast<int>(g_signal); }

}  // namespace jipp::bench
