// Index layout on disk, shared by the indexer (which writes it) and searchd
// (which opens it):
//
//   DIR/current      a Xapian stub database file: "auto v000007"
//   DIR/v000006/     the previous version (kept for rollback)
//   DIR/v000007/     the live version
//   DIR/.lock        held by a running indexer
//
// A version built with --shards N is a directory of N databases
// (vNNNNNN/shard-00 ...) with a stub file vNNNNNN/XAPIANDB listing them, so
// Xapian opens the version as one database. A record lives in shard
// shard_of(id, N), a stable hash, so updates find it again.
//
// A rebuild writes a new version directory and makes it live by writing
// the stub to a temporary file and rename(2)-ing it over DIR/current: a
// reader opens either the old or the new version, never a half-built one.
// Thread-safety: functions touch only the file system.
#pragma once

#include <string>
#include <vector>

#include "jipp/status.h"

namespace jipp::layout {

inline constexpr const char* kStubName = "current";
inline constexpr int kVersionsKept = 2;

// The path Xapian should open for the live index in `dir`: DIR/current
// when it exists, else `dir` itself (a plain database directory or stub).
std::string live_path(const std::string& dir);

// "v000007" for 7.
std::string version_name(int version);

// Existing version numbers in `dir`, ascending.
std::vector<int> list_versions(const std::string& dir);

// The version DIR/current names, or 0 when there is none.
int live_version(const std::string& dir);

// Points DIR/current at `version` atomically (temp file, fsync, rename,
// fsync of the directory).
Status publish(const std::string& dir, int version);

// The shard a record id belongs to among `shards`: FNV-1a of the id, so
// the same id maps to the same shard in every run.
unsigned shard_of(const std::string& id, unsigned shards);

// "shard-03" for 3.
std::string shard_name(unsigned shard);

// The database directories of a version directory: its shards in order when
// it holds a XAPIANDB stub, else the directory itself.
std::vector<std::string> shard_paths(const std::string& version_dir);

// Writes `version_dir`/XAPIANDB listing `shards` shard directories.
Status write_shard_stub(const std::string& version_dir, unsigned shards);

// The directory of the live version (DIR/vNNNNNN), or `dir` itself when it
// has no stub (a plain database).
std::string live_version_dir(const std::string& dir);

// Removes versions older than the newest kVersionsKept, never the live one,
// and any leftover partial builds (vNNNNNN.tmp).
void prune(const std::string& dir);

}  // namespace jipp::layout
