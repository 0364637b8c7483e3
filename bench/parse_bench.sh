#!/usr/bin/env bash
# Parse throughput of schemac against CPython 3.11's ast.parse over the
# Python 3.11 standard library; see bench/README.md.
#   bench/parse_bench.sh [--build-dir DIR] [--runs N] [--include-rejected] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
bench_args "$@"

# A Release build, whatever the directory held before: timing a sanitizer or
# debug build would say nothing.
scripts/build.sh "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSCHEMAC_SANITIZE=OFF \
  -DSCHEMAC_FUZZ=OFF >/dev/null
# The CPython side is the interpreter running the script.
exec /usr/bin/python3.11 bench/parse_bench.py \
  --schemac "$build_dir/tools/schemac/schemac" "${args[@]}"
