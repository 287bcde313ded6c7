#!/usr/bin/env bash
# CTest quick check of the relevance tool (bench/CMakeLists.txt): runs it on
# the first LIMIT TyDi queries with BASELINES, expects exit 0, then checks
# summary.json (check_summary.cmake). Exit 77 (CTest: skipped) when the
# shared collection is absent or a requested baseline cannot run here.
set -uo pipefail
if [ $# -ne 9 ]; then
  echo "usage: quick_check.sh RELEVANCE INDEXER SEARCHD EVAL_DIR OUT LIMIT BASELINES CMAKE CHECKER" >&2
  exit 2
fi
relevance=$1 indexer=$2 searchd=$3 eval_dir=$4 out=$5 limit=$6 baselines=$7 cmake=$8 checker=$9

for f in corpus.jsonl dev-queries.tsv dev-qrels.tsv; do
  if [ ! -f "$eval_dir/$f" ]; then
    echo "SKIP: $eval_dir/$f not found (the shared TyDi collection lives in ../shared/eval)"
    exit 77
  fi
done

rm -rf "$out"
"$relevance" --corpus "$eval_dir/corpus.jsonl" --queries "$eval_dir/dev-queries.tsv" \
  --qrels "$eval_dir/dev-qrels.tsv" --indexer "$indexer" --searchd "$searchd" \
  --out "$out" --name tydi-quick --limit "$limit" --baselines "$baselines"
rc=$?
if [ $rc -eq 3 ]; then
  echo "SKIP: a requested baseline is unavailable here (see the message above)"
  exit 77
fi
if [ $rc -ne 0 ]; then
  echo "FAIL: relevance exited with status $rc"
  exit 1
fi

systems="jippnas"
case ",$baselines," in *,xapian,*) systems="$systems;xapian-snowball" ;; esac
case ",$baselines," in *,sqlite,*) systems="$systems;sqlite-fts5" ;; esac
case ",$baselines," in *,postgres,*) systems="$systems;postgres" ;; esac
"$cmake" -DSUMMARY="$out/summary.json" -DSYSTEMS="$systems" -P "$checker"
