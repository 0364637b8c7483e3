#!/usr/bin/env python3
"""Checks that the analysis cache gives back exactly what the analysis gives:

    cache_roundtrip.py --schemac BIN --cache-dir DIR CASE_DIR...

For each case directory (a model package with a case.json, as the corpus
has them), runs `schemac dump-ir` and `schemac schema --format=json` with an
empty cache (a miss: the analysis runs and the result is stored), then again
(a hit: the result is read back), and compares stdout and stderr byte for
byte. A field the cache's bytecode forgot shows up as a difference. A third
run with --time-phases checks that the hit read the result back rather than
analysing again (bytes the reader takes for damaged fall back to the
analysis, which would print the same). Prints one line per difference and a
total; exits 1 if there was any. --no-leak-checks turns LeakSanitizer off in
the runs of a sanitized schemac (lit.cfg.py's %sweep_leak_checks).
"""

import argparse
import os
import shutil
import subprocess
import sys

from compare_schema import find_cases, release_of, sweep_environment


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--cache-dir", required=True)
    ap.add_argument("--no-leak-checks", action="store_true")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    cases = find_cases(args.cases)
    env = sweep_environment(args.no_leak_checks, SCHEMAC_CACHE_DIR=args.cache_dir)
    differences = runs = 0
    for case in cases:
        release = release_of(case)
        extra = [f"--sqlalchemy={release}"] if release else []
        for command in (["dump-ir"], ["schema", "--format=json"]):
            shutil.rmtree(args.cache_dir, ignore_errors=True)
            outputs = []
            for _ in range(2):
                p = subprocess.run([args.schemac] + command + extra + [case], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                outputs.append((p.returncode, p.stdout, p.stderr))
            runs += 1
            if not os.listdir(args.cache_dir):
                print(f"{os.path.basename(case)} {command[0]}: nothing was cached")
                differences += 1
            elif outputs[0] != outputs[1]:
                print(f"{os.path.basename(case)} {command[0]}: the cached result differs")
                differences += 1
            elif b"Evaluate modules" in subprocess.run(
                    [args.schemac] + command + extra + ["--time-phases", case], env=env,
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr:
                print(f"{os.path.basename(case)} {command[0]}: the cached result was not read back")
                differences += 1
    print(f"cache round trip: {runs - differences}/{runs} identical")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
