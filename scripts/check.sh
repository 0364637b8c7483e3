#!/usr/bin/env bash
# The whole test suite: builds schemac and runs the lit suite, then does the
# same with AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

lit=(python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv)
# The diagram tests run Graphviz and Mermaid's parser, which bootstrap.sh
# installs when asked: here their absence is an error, never a skipped test.
if [ "$(id -u)" = 0 ]; then
  scripts/bootstrap.sh --diagram-tools
fi
export SCHEMAC_REQUIRE_DIAGRAM_TOOLS=1

scripts/build.sh build
"${lit[@]}" build/test

# -O1 and line tables only: the sanitizers' reports keep file:line, and the
# build takes far less time than -O2 -g, which matters on CI's two cores.
scripts/build.sh build-sanitize -DSCHEMAC_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
"${lit[@]}" build-sanitize/test

# Generated lexer and parser sources belong in the build trees only.
generated=$(git ls-files --others --exclude-standard 2>/dev/null |
  grep -E '(^|/)(Grammar|Lexer)\.(cpp|h)$' || true)
if [ -n "$generated" ]; then
  echo "check: generated sources in the source tree:" >&2
  echo "$generated" >&2
  exit 1
fi
