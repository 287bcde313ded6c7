#!/usr/bin/env bash
# Installs the Debian 12 packages the project builds and runs with, when any
# is missing. As root it runs apt-get; otherwise it prints the command.
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libxapian-dev xapian-tools        # the engine, and delve/quest/xapian-check
  libicu-dev                        # normalisation and word segmentation
  nlohmann-json3-dev libcpp-httplib-dev
  libhunspell-dev hunspell-id       # Indonesian roots and affix rules for the stemmer
  libgtest-dev
  libsqlite3-dev libpq-dev postgresql   # the peers the relevance tool and benchmarks compare with
)
# Extra packages a caller asks for (e.g. the benchmarks' peers).
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root: apt-get update && $cmd" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
