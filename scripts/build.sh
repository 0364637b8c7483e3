#!/usr/bin/env bash
# Installs what is missing, then configures and builds schemac into build/
# (or the directory given as $1, with any further arguments passed to CMake).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build}
shift || true

if [ "$(id -u)" = 0 ]; then
  scripts/bootstrap.sh
fi
cmake -S . -B "$build_dir" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
