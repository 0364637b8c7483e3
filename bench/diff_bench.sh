#!/usr/bin/env bash
# schemac diff on a one-column edit of generated packages of 2,000 and 20,000
# models in a git repository, against Alembic's compare_metadata on the
# same edit; see bench/README.md.
#   bench/diff_bench.sh [--build-dir DIR] [--sizes 2000,20000] [--runs 3]
#                       [--baseline-sizes 2000]
# It does not build: it times the schemac that DIR (default build/) holds.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
args=()
while [ $# -gt 0 ]; do
  case $1 in
  --build-dir) build_dir=$2; shift 2 ;;
  --build-dir=*) build_dir=${1#*=}; shift ;;
  -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) args+=("$1"); shift ;;
  esac
done

bin=$build_dir/tools/schemac/schemac
[ -x "$bin" ] || { echo "diff_bench: build schemac first (scripts/build.sh $build_dir)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/diff_bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/schemac"

if ! /usr/bin/python3 -c 'import sqlalchemy, alembic' 2>/dev/null || ! [ -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "diff_bench: installing python3-sqlalchemy python3-alembic time ..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sqlalchemy python3-alembic time >/dev/null
  else
    echo "diff_bench: needs python3-sqlalchemy, python3-alembic and time (apt-get install them)" >&2
    exit 2
  fi
fi

/usr/bin/python3 -B bench/diff_bench.py --schemac "$work/schemac" --workdir "$work" "${args[@]}"
