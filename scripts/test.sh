#!/usr/bin/env bash
# The second README command: install what is missing, build with warnings
# as errors, and run every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${JIPP_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" RelWithDebInfo -DJIPP_WERROR=ON -DJIPP_BUILD_TESTS=ON
cd "$build_dir"
ctest --output-on-failure -j"$(nproc)" "$@"
