#!/usr/bin/env bash
# Installs the Debian 12 packages schemac needs to build and test, when they are
# missing; with --diagram-tools also Graphviz, Node.js and the npm packages
# that the diagram tests run (scripts/check.sh asks for them; a build for
# use, as the GitHub Action's, does not need them). Run as root on a fresh
# machine; a no-op when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # build
  cmake make g++ re2c bison pkgconf git
  llvm-19-dev llvm-19-tools libzstd-dev zlib1g-dev libfmt-dev libgit2-dev
  libmimalloc-dev
  # tests: lit runs on python3; the corpus test compares with CPython 3.11's
  # own ast module over the standard library as Debian installs it
  python3 libpython3.11-stdlib libpython3.11-testsuite
  # fuzzing and sanitizer builds
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
diagram_tools=
[ "${1:-}" = --diagram-tools ] && diagram_tools=1
if [ -n "$diagram_tools" ]; then
  # Graphviz's dot renders the DOT output (test/tools/dot_check.py); Node.js
  # runs Mermaid's own parser on the Mermaid output (test/tools/mermaid), and
  # npm installs it. Debian 12 has Node 18 and npm 9; a node or npm already
  # on PATH, from wherever, does as well.
  dpkg-query -W -f='${Status}' graphviz 2>/dev/null | grep -q "install ok installed" ||
    missing+=(graphviz)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Mermaid's parser, and jsdom for the DOM its import needs, as
# test/tools/mermaid/package-lock.json pins them, into its node_modules (git
# ignores it). The lock's copy there says what is installed: npm ci runs
# again only when the lock changes.
mermaid=test/tools/mermaid
if [ -n "$diagram_tools" ] && ! cmp -s "$mermaid/package-lock.json" "$mermaid/node_modules/.schemac-lock"; then
  echo "bootstrap: npm ci in $mermaid"
  (cd "$mermaid" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$mermaid/package-lock.json" "$mermaid/node_modules/.schemac-lock"
fi
