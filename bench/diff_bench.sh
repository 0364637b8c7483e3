#!/usr/bin/env bash
# schemac diff on a one-column edit of generated packages of 2,000 and 20,000
# models in a git repository, against Alembic's compare_metadata on the
# same edit; see bench/README.md.
#   bench/diff_bench.sh [--build-dir DIR] [--sizes 2000,20000] [--runs 3]
#                       [--baseline-sizes 2000]
# It does not build: it times the schemac that DIR (default build/) holds.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
bench_args "$@"
bench_copy_binary diff_bench
bench_require diff_bench sqlalchemy,alembic python3-sqlalchemy python3-alembic

/usr/bin/python3 -B bench/diff_bench.py --schemac "$work/schemac" --workdir "$work" "${args[@]}"
