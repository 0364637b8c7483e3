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

build_dir=build
args=()
while [ $# -gt 0 ]; do
  case $1 in
  --build-dir) build_dir=$2; shift 2 ;;
  --build-dir=*) build_dir=${1#*=}; shift ;;
  -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) args+=("$1"); shift ;;
  esac
done

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
if ! /usr/bin/python3 -c 'import sqlalchemy' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "schema_bench: installing python3-sqlalchemy ..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sqlalchemy >/dev/null
  else
    echo "schema_bench: /usr/bin/python3 has no SQLAlchemy: run 'sudo apt-get install python3-sqlalchemy' (Debian's 1.4) and try again" >&2
    exit 2
  fi
fi
if ! [ -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
  else
    echo "schema_bench: /usr/bin/time is missing: run 'sudo apt-get install time'" >&2
    exit 2
  fi
fi

/usr/bin/python3 -B bench/schema_bench.py --schemac "$work/schemac" --workdir "$work" \
  "${args[@]}"
