// Interrupt: turns SIGINT and SIGTERM into a flag the benchmark loops check,
// so a Ctrl-C still stops the servers they started and removes their
// temporary directories (PostgreSQL detaches from the terminal and would
// otherwise keep running). A second signal ends the process at once.
// Thread-safety: interrupted() may be called from any thread.
#pragma once

namespace jipp::bench {

// Installs the handlers. Call once, early in main().
void install_interrupt_handlers();

// True once SIGINT or SIGTERM arrived.
bool interrupted();

// The signal that arrived, or 0.
int interrupt_signal();

}  // namespace jipp::bench
