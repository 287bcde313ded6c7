#!/usr/bin/env bash
# Relevance evaluation in one command: installs what is missing, builds the
# relevance tool (with indexer and searchd), and scores searchd against the
# Xapian/Snowball, SQLite FTS5 and PostgreSQL baselines on both judged
# collections:
#   tydi    ../shared/eval/retrieval/: TyDi QA Indonesian questions over
#           Wikipedia passages (corpus.jsonl, dev-queries.tsv, dev-qrels.tsv)
#   sample  data/eval/queries.tsv + data/eval/qrels.tsv over
#           data/sample/innovations.jsonl (the project's own judgments)
# Results go to bench/out/relevance/<collection>/ (summary.json,
# per_query.tsv); the tables are printed.
#
# usage: bench/relevance/run.sh [--only tydi|sample] [relevance flags...]
#   e.g. bench/relevance/run.sh --only tydi --limit 25 --baselines xapian,sqlite
# Environment: JIPP_BUILD_DIR (default build/), JIPP_EVAL_DIR (default
# ../shared/eval).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${JIPP_BUILD_DIR:-$root/build}
eval_dir=${JIPP_EVAL_DIR:-$root/../shared/eval}
out_root=$root/bench/out/relevance

only=""
if [ "${1:-}" = "--only" ]; then
  only=${2:?--only needs tydi or sample}
  case $only in tydi | sample) ;; *) echo "run.sh: --only takes tydi or sample" >&2; exit 2 ;; esac
  shift 2
fi

# The baselines' libraries, and PostgreSQL's server programs (optional: the
# tool skips that baseline, with a message, when they are missing).
if ! "$root/scripts/install-deps.sh" libsqlite3-dev libpq-dev postgresql; then
  echo "run.sh: continuing without PostgreSQL; its baseline will be skipped" >&2
  "$root/scripts/install-deps.sh" libsqlite3-dev libpq-dev
fi

if ! grep -Eq '^[[:space:]]*add_subdirectory\(bench\)' "$root/CMakeLists.txt"; then
  echo "run.sh: bench/ is not part of the build: add 'add_subdirectory(bench)' to $root/CMakeLists.txt" >&2
  exit 2
fi
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build_dir" --target relevance indexer searchd -j"$(nproc)"

relevance=$build_dir/bench/relevance
status=0
# run_collection NAME CORPUS QUERIES QRELS [relevance flags...]
run_collection() {
  local name=$1 corpus=$2 queries=$3 qrels=$4
  shift 4
  for f in "$corpus" "$queries" "$qrels"; do
    if [ ! -f "$f" ]; then
      echo "run.sh: skipping collection $name: $f not found" >&2
      return 0
    fi
  done
  echo "== $name"
  local start=$SECONDS rc=0
  "$relevance" --corpus "$corpus" --queries "$queries" --qrels "$qrels" \
    --indexer "$build_dir/indexer/indexer" --searchd "$build_dir/searchd/searchd" \
    --out "$out_root/$name" --name "$name" "$@" || rc=$?
  echo "($name: $((SECONDS - start)) s, results in $out_root/$name/)"
  [ $rc -eq 0 ] || status=$rc
}

if [ -z "$only" ] || [ "$only" = tydi ]; then
  run_collection tydi "$eval_dir/retrieval/corpus.jsonl" "$eval_dir/retrieval/dev-queries.tsv" \
    "$eval_dir/retrieval/dev-qrels.tsv" "$@"
fi
if [ -z "$only" ] || [ "$only" = sample ]; then
  run_collection sample "$root/data/sample/innovations.jsonl" "$root/data/eval/queries.tsv" \
    "$root/data/eval/qrels.tsv" "$@"
fi
exit $status
