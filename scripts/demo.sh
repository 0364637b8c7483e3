#!/usr/bin/env bash
# The main job on the bundled example: builds schemac, then prints the schema
# that the example's SQLAlchemy models define, read from the source alone, as
# a summary and as the JSON document CI tools consume.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh build
schemac=build/tools/schemac/schemac

echo "== schemac parse examples/shop"
$schemac parse examples/shop
echo
echo "== schemac schema examples/shop"
$schemac schema examples/shop
echo
echo "== schemac schema --format=json --dialect=mysql examples/shop (first table)"
$schemac schema --format=json --dialect=mysql examples/shop | sed -n '1,/"columns"/p'
