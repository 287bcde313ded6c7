#!/usr/bin/env bash
# Analysis throughput, one core: the project's analyzer against Xapian's
# TermGenerator with the Snowball Indonesian stemmer, same text, same run.
# usage: bench/analysis/run.sh [RECORDS]   (default 10000 generated records)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${JIPP_BUILD_DIR:-$root/build}
count=${1:-10000}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" RelWithDebInfo >/dev/null
out="$root/bench/out/analysis"
mkdir -p "$out"
"$build/tools/gen-corpus" --count "$count" --seed 1 --output "$out/corpus.jsonl"
taskset -c 0 "$build/bench/analysis-bench" --input "$out/corpus.jsonl" --repeat 5 \
  --json "$out/result.json"
