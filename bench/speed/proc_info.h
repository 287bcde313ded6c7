// ProcInfo: what the benchmarks read about processes and files from /proc
// and the file system: resident memory of a process (VmRSS, its peak
// VmHWM, proportional PSS for servers with shared memory), a process's
// children, and the disk space a directory takes.
// Thread-safety: reentrant; every call reads the current state afresh.
// Not for starting or stopping processes (common/process.h).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jipp::bench::speed {

// A "Vm...:  1234 kB" line of /proc/<pid>/status, in kB; nullopt when the
// process is gone or has no such line.
std::optional<uint64_t> status_kb(pid_t pid, const std::string& key);

// Proportional set size (shared pages divided among their users), from
// /proc/<pid>/smaps_rollup, in kB: summing it over a server's processes
// counts shared memory (PostgreSQL's shared_buffers) once.
std::optional<uint64_t> pss_kb(pid_t pid);

// The pids whose parent is `parent`.
std::vector<pid_t> children_of(pid_t parent);

// The child of `parent` running the executable `exe` (compared after
// resolving symlinks), or nullopt.
std::optional<pid_t> child_running(pid_t parent, const std::string& exe);

// Bytes allocated on disk (st_blocks * 512) under `path`, recursively;
// what du(1) reports. 0 when `path` does not exist.
uint64_t disk_bytes(const std::string& path);

// A TcpExt counter of /proc/net/netstat (system-wide), e.g. ListenOverflows
// (connections dropped because a listen queue was full) or TCPSynRetrans;
// nullopt when absent.
std::optional<uint64_t> tcp_ext_counter(const std::string& name);

// CPU time (user + system) a process has used so far, in clock ticks
// (sysconf(_SC_CLK_TCK) per second); nullopt when it is gone.
std::optional<uint64_t> cpu_ticks(pid_t pid);

// Waits until `pid` uses less than `max_share` of one CPU over a 500 ms
// window, or `timeout` passes; returns the seconds waited. Used between
// load runs: requests still queued in a server from the previous run must
// not be charged to the next one.
double wait_until_idle(pid_t pid, double max_share, double timeout_s);

// Peak resident set of this process (VmHWM) in kB, 0 when unreadable.
uint64_t self_peak_rss_kb();

}  // namespace jipp::bench::speed
