// A free TCP port on the loopback interface, for servers that cannot pick
// their own (PostgreSQL) and print it. The port is free when asked; another
// process may take it before the server binds, so callers retry on "address
// in use".
// Thread-safety: reentrant.
#pragma once

#include "jipp/status.h"

namespace jipp::bench {

// Binds 127.0.0.1:0, reads the port the kernel chose, and releases it.
Result<int> pick_free_loopback_port();

}  // namespace jipp::bench
