#!/usr/bin/env bash
# Installs the Debian 12 packages schemac needs to build and test, when they are
# missing. Run as root on a fresh machine; a no-op when everything is present.
set -euo pipefail

packages=(
  # build
  cmake make g++ re2c bison pkgconf git
  llvm-19-dev llvm-19-tools libzstd-dev zlib1g-dev libfmt-dev libgit2-dev
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

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
