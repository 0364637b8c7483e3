#!/usr/bin/env bash
# schemac lineage of a key column on generated packages of 2,000 and 20,000
# models, cold and with the analysis cache, against importing the models and
# walking their foreign keys; see bench/README.md.
#   bench/lineage_bench.sh [--build-dir DIR] [--sizes 2000,20000] [--runs 3]
# It does not build: it times the schemac that DIR (default build/) holds.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
bench_args "$@"
bench_copy_binary lineage_bench
bench_require lineage_bench sqlalchemy python3-sqlalchemy

/usr/bin/python3 -B bench/lineage_bench.py --schemac "$work/schemac" --workdir "$work" "${args[@]}"
