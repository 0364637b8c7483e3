#!/usr/bin/env bash
# Fuzzes the lexer and parser with libFuzzer for SECONDS (default 60): builds
# the clang, ASan and UBSan tree build-fuzz/, then runs schemac-parser-fuzzer
# on a working corpus in build-fuzz/fuzz/corpus, seeded from fuzz/corpus, so
# that what it learns never lands in the checked-in seeds. The working corpus
# is kept between runs; remove it to start from the seeds alone. Exits
# non-zero when the fuzzer finds a crash, a sanitizer report, a timeout or an
# out-of-memory input; the reproducers stay in the run's directory. Further
# arguments go to libFuzzer after the defaults, so they override them.
# SCHEMAC_FUZZ_TARGET=sema fuzzes the whole schema pipeline instead (sema,
# lowering, emitters), seeded with the model packages of test/schema/Inputs,
# each as one file split into modules at "#--- path.py" lines;
# SCHEMAC_FUZZ_TARGET=json the dbt manifest reader's scan of JSON against
# llvm::json's parser, seeded with the example's manifest;
# SCHEMAC_FUZZ_TARGET=sql the reader of a model's SQL, Jinja and Python,
# seeded with the compiled code of the tests' manifests.
#   scripts/fuzz.sh [SECONDS [LIBFUZZER_FLAG...]]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
  echo "usage: scripts/fuzz.sh [SECONDS [LIBFUZZER_FLAG...]]" >&2
  exit 2
fi

build_dir=build-fuzz
if [ "$(id -u)" = 0 ]; then
  scripts/bootstrap.sh
fi
cmake -S . -B "$build_dir" -G "Unix Makefiles" -DCMAKE_CXX_COMPILER=clang++ \
  -DSCHEMAC_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# The fuzzer alone: whether the phases it does not link build with clang has
# no bearing on fuzzing these.
target=${SCHEMAC_FUZZ_TARGET:-parser}
dict=fuzz/python.dict
case $target in
  parser) seeds=fuzz/corpus ;;
  json)
    seeds=$build_dir/fuzz/seeds-json
    rm -rf "$seeds" && mkdir -p "$seeds"
    cp examples/shop/analytics/manifest.json "$seeds"/
    dict=fuzz/json.dict
    ;;
  sema)
    # The schema test corpus, each model package as one "#--- path.py" file.
    seeds=$build_dir/fuzz/seeds-sema
    rm -rf "$seeds" && mkdir -p "$seeds"
    for case_dir in test/schema/Inputs/*/; do
      name=$(basename "$case_dir")
      (cd "$case_dir" && find . -name '*.py' | sort | while read -r f; do
        printf '#--- %s\n' "${f#./}"; cat "$f"; done) >"$seeds/$name.py"
    done
    ;;
  sql)
    # The compiled SQL of the tests' manifests, one model a file, each
    # after a byte that picks the adapter (fuzz/SqlFuzzer.cpp).
    seeds=$build_dir/fuzz/seeds-sql
    rm -rf "$seeds" && mkdir -p "$seeds"
    /usr/bin/python3 - "$seeds" test/diff/*.test examples/shop/analytics/manifest.json <<'PY'
import json, re, sys
out, n = sys.argv[1], 0
for path in sys.argv[2:]:
    for code in re.findall(r'"(?:compiled_code|raw_code)": ("(?:[^"\\]|\\.)*")', open(path).read()):
        with open(f"{out}/{n:04}.sql", "wb") as f:
            f.write(bytes([n % 64]) + json.loads(code).encode())
        n += 1
PY
    dict=fuzz/sql.dict
    ;;
  *) echo "fuzz: SCHEMAC_FUZZ_TARGET is parser, sema, json or sql" >&2; exit 2 ;;
esac
cmake --build "$build_dir" -j "$(nproc)" --target "schemac-$target-fuzzer"
fuzzer=$build_dir/fuzz/schemac-$target-fuzzer

corpus=$build_dir/fuzz/corpus-$target
run=$build_dir/fuzz/runs/$target-$(date +%Y%m%d-%H%M%S)
mkdir -p "$corpus" "$run"
cp "$seeds"/* "$corpus"/
log=$run/fuzz.log

# UBSan prints no stack unless asked, and the stack is what a report needs.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

echo "fuzz: $fuzzer for ${seconds} s on $corpus, log in $log"
rc=0
"$fuzzer" "$corpus" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -dict="$dict" -artifact_prefix="$run/" -print_final_stats=1 "$@" \
  >"$log" 2>&1 || rc=$?

# libFuzzer stops at its first finding; its name says which kind it is.
shopt -s nullglob
findings=("$run"/crash-* "$run"/leak-* "$run"/timeout-* "$run"/oom-*)
slow=("$run"/slow-unit-*)
shopt -u nullglob

last_status=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1 || true)
final_stat() { awk -v key="stat::$1:" '$1 == key { print $2 }' "$log"; }
echo "== fuzz summary (${seconds} s)"
echo "executions:    $(final_stat number_of_executed_units) ($(final_stat average_exec_per_sec)/s)"
echo "new units:     $(final_stat new_units_added), corpus now $(find "$corpus" -type f | wc -l) files"
echo "peak rss:      $(final_stat peak_rss_mb) MB"
echo "last status:   ${last_status:-none}"
echo "slow units:    ${#slow[@]}"
echo "findings:      ${#findings[@]}"
for f in "${findings[@]}"; do
  echo "-- $f ($(wc -c <"$f") bytes), reproduce with: $fuzzer $f"
  od -A d -c "$f" | head -n 20
done
if [ ${#findings[@]} -gt 0 ] || [ "$rc" -ne 0 ]; then
  echo "-- report from $log:"
  grep -E -A 30 '^==[0-9]+==ERROR|runtime error:|^SUMMARY:|ALARM|out-of-memory|deadly signal' "$log" |
    head -n 60 || true
  echo "fuzz: FAILED (fuzzer exit status $rc)" >&2
  exit 1
fi
echo "fuzz: no findings"
