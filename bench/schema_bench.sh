#!/usr/bin/env bash
# schemac schema against the import-based extraction of Alembic autogenerate
# and Atlas's SQLAlchemy provider, on generated packages of 2,000 and 20,000
# models; see bench/README.md.
#   [SQLA20_PATH=<sqlalchemy 2.0>/lib:<typing_extensions>/src] \
#   bench/schema_bench.sh [--build-dir DIR] [--sizes 2000,20000] [--styles 1.4,2.0]
#                         [--max-runs N] [--schemac-budget S] [--import-budget S] [--seed N]
# It does not build: it times the schemac that DIR (default build/) holds.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/common.sh
bench_args "$@"

bin=$build_dir/tools/schemac/schemac
work=$(mktemp -d "${TMPDIR:-/tmp}/schema_bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Time a copy, so that a rebuild during the run cannot swap the binary under
# it; another build may be relinking it right now: wait for it a while.
ok=
for _ in $(seq 1 36); do
  if [ -x "$bin" ]; then
    before=$(stat -c '%s %Y' "$bin")
    if cp "$bin" "$work/schemac" 2>/dev/null && [ "$(stat -c '%s %Y' "$bin")" = "$before" ] &&
       "$work/schemac" --version >/dev/null 2>&1; then
      ok=1
      break
    fi
  fi
  echo "schema_bench: waiting for $bin ..." >&2
  sleep 5
done
if [ -z "$ok" ]; then
  echo "schema_bench: no working $bin: build it first (scripts/build.sh $build_dir)" >&2
  exit 2
fi
if grep -qs '^CMAKE_BUILD_TYPE:STRING=Debug' "$build_dir/CMakeCache.txt" ||
   grep -qs '^SCHEMAC_SANITIZE:BOOL=ON' "$build_dir/CMakeCache.txt"; then
  echo "schema_bench: warning: $build_dir is a Debug or sanitizer build; the figures will say little" >&2
fi

# Debian's SQLAlchemy 1.4 for the 1.4-style packages.
bench_require schema_bench sqlalchemy python3-sqlalchemy

/usr/bin/python3 -B bench/schema_bench.py --schemac "$work/schemac" --workdir "$work" \
  "${args[@]}"
