#!/usr/bin/env bash
# The first README command: install what is missing, build, index the
# bundled sample and serve it with searchd on 127.0.0.1:8080 (or $PORT).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${JIPP_BUILD_DIR:-$root/build}
port=${PORT:-8080}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" RelWithDebInfo
mkdir -p "$root/var"
"$build_dir/indexer/indexer" build --input "$root/data/sample/innovations.jsonl" \
  --index "$root/var/index"
cat <<TXT

searchd is starting on http://127.0.0.1:$port  (Ctrl-C stops it)
Try:
  curl -s 'http://127.0.0.1:$port/v1/search?q=pelayanan+kependudukan&province=Jawa+Timur&per_page=3'
  curl -s 'http://127.0.0.1:$port/health'

TXT
exec "$build_dir/searchd/searchd" --index "$root/var/index" --bind 127.0.0.1 --port "$port"
