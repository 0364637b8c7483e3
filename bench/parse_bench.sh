#!/usr/bin/env bash
# Parse throughput of schemac against CPython 3.11's ast.parse over the
# Python 3.11 standard library; see bench/README.md.
#   bench/parse_bench.sh [--build-dir DIR] [--runs N] [--include-rejected] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
args=()
while [ $# -gt 0 ]; do
  case $1 in
  --build-dir) build_dir=$2; shift 2 ;;
  --build-dir=*) build_dir=${1#*=}; shift ;;
  *) args+=("$1"); shift ;;
  esac
done

# A Release build, whatever the directory held before: timing a sanitizer or
# debug build would say nothing.
scripts/build.sh "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSCHEMAC_SANITIZE=OFF \
  -DSCHEMAC_FUZZ=OFF >/dev/null
# The CPython side is the interpreter running the script.
exec /usr/bin/python3.11 bench/parse_bench.py \
  --schemac "$build_dir/tools/schemac/schemac" "${args[@]}"
