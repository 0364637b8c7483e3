#!/usr/bin/env bash
# The main job on the bundled example: builds schemac, parses every file of
# the example model package, and shows the syntax tree of one model file.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh build
schemac=build/tools/schemac/schemac

echo "== schemac parse examples/shop"
$schemac parse examples/shop
echo
echo "== schemac dump-ast examples/shop/models/customer.py"
$schemac dump-ast examples/shop/models/customer.py
