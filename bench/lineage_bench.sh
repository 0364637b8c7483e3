#!/usr/bin/env bash
# schemac lineage of a key column on generated packages of 2,000 and 20,000
# models, cold and with the analysis cache, against importing the models and
# walking their foreign keys; see bench/README.md.
#   bench/lineage_bench.sh [--build-dir DIR] [--sizes 2000,20000] [--runs 3]
# It does not build: it times the schemac that DIR (default build/) holds.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build
args=()
while [ $# -gt 0 ]; do
  case $1 in
  --build-dir) build_dir=$2; shift 2 ;;
  --build-dir=*) build_dir=${1#*=}; shift ;;
  -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) args+=("$1"); shift ;;
  esac
done

bin=$build_dir/tools/schemac/schemac
[ -x "$bin" ] || { echo "lineage_bench: build schemac first (scripts/build.sh $build_dir)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/lineage_bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/schemac"

if ! /usr/bin/python3 -c 'import sqlalchemy' 2>/dev/null || ! [ -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "lineage_bench: installing python3-sqlalchemy time ..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-sqlalchemy time >/dev/null
  else
    echo "lineage_bench: needs python3-sqlalchemy and time (apt-get install them)" >&2
    exit 2
  fi
fi

/usr/bin/python3 -B bench/lineage_bench.py --schemac "$work/schemac" --workdir "$work" "${args[@]}"
