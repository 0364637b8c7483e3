#!/usr/bin/env bash
# The main job on the bundled example: builds schemac, prints the schema that
# the example's SQLAlchemy models define (read from the source alone), then
# plays a pull request against it -- examples/shop/pull-request.patch applied
# in a throwaway git repository -- and prints the schema diff a reviewer
# would get, with the dbt models and dashboards each change reaches:
# compiler diagnostics, then the Markdown PR comment.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build.sh build
schemac=$PWD/build/tools/schemac/schemac

echo "== schemac schema examples/shop"
$schemac schema examples/shop
echo
echo "== schemac schema --format=json --dialect=mysql examples/shop (first table)"
$schemac schema --format=json --dialect=mysql examples/shop | sed -n '1,/"columns"/p'

# The pull request: main holds the example; the working tree, the patch.
work=$(mktemp -d "${TMPDIR:-/tmp}/schemac-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r examples/shop/models "$work/models"
# The policy and the dbt project that reads the shop's database.
cp examples/shop/schemac.yaml "$work/"
mkdir "$work/analytics"
cp examples/shop/analytics/manifest.json "$work/analytics/"
git -C "$work" init -q
git -C "$work" add -A
git -C "$work" -c user.name=demo -c user.email=demo@example.com commit -qm "the shop's models"
git -C "$work" apply "$PWD/examples/shop/pull-request.patch"
echo
echo "== git diff --stat (the pull request)"
git -C "$work" diff --stat
echo
echo "== schemac diff --against HEAD models"
status=0
(cd "$work" && $schemac diff --against HEAD models) || status=$?
echo "(exit status $status: 1 means breaking changes)"
echo
echo "== schemac diff --against HEAD --format=markdown models"
(cd "$work" && $schemac diff --against HEAD --format=markdown models) || true
