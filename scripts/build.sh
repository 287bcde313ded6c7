#!/usr/bin/env bash
# Configures and builds into build/ (or $JIPP_BUILD_DIR) with the given
# CMake build type (default RelWithDebInfo).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${JIPP_BUILD_DIR:-$root/build}
build_type=${1:-RelWithDebInfo}
shift || true
cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
