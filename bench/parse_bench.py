#!/usr/bin/env python3
"""Parse throughput: schemac against CPython's own parser.

Over the same .py files, measures
  - `schemac parse -j 1`, one thread, as its summary line times it: reading,
    decoding, lexing and parsing every file (process start-up and the
    directory walk are outside its timer);
  - ast.parse on the bytes of each file, in this interpreter, one thread: the
    files are read before the timer starts, decoding, tokenizing, parsing and
    building the AST objects are inside it;
  - `schemac parse` with its default number of threads (one per core).
Each figure is the best of --runs runs. Throughput is raw file bytes per
second (1 MB = 10^6 bytes), the unit the summary line uses.

Files CPython rejects are left out on both sides unless --include-rejected is
given: CPython stops at the first error, schemac recovers and parses the rest
of the file, so the two would not be doing the same work on them.
"""

import argparse
import ast
import gc
import os
import platform
import re
import subprocess
import sys
import time

SUMMARY = re.compile(
    r"^(\d+) files, (\d+) lines, (\d+) bytes: (\d+) errors in (\d+) files "
    r"\(([0-9.]+) s, ([0-9.]+) MB/s\)$",
    re.M,
)


def python_files(root):
    """Every .py file under root in a stable order, as `schemac parse`
    would walk it (no hidden directories, no __pycache__)."""
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and d != "__pycache__"
        )
        files.extend(
            os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")
        )
    return files


def cpython_accepts(source):
    try:
        ast.parse(source)
        return True
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False


def time_cpython(sources):
    gc.collect()
    start = time.perf_counter()
    for source in sources:
        try:
            ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    return time.perf_counter() - start


def time_schemac(schemac, jobs, files):
    cmd = [schemac, "parse"] + ([f"-j{jobs}"] if jobs else []) + ["--"] + files
    proc = subprocess.run(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    match = SUMMARY.search(proc.stdout)
    if proc.returncode not in (0, 1) or not match:
        sys.exit(f"parse_bench: unexpected output from {' '.join(cmd[:4])} ...: "
                 f"exit {proc.returncode}\n{proc.stdout}")
    nfiles, _, nbytes, errors, files_with_errors, seconds, _ = match.groups()
    return int(nfiles), int(nbytes), int(files_with_errors), float(seconds)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def mbps(nbytes, seconds):
    return nbytes / seconds / 1e6 if seconds > 0 else float("inf")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schemac", required=True)
    parser.add_argument("--runs", type=int, default=3, help="best of this many (3)")
    parser.add_argument("--include-rejected", action="store_true",
                        help="also time the files CPython rejects, on both sides")
    parser.add_argument("corpus", nargs="?", default="/usr/lib/python3.11")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    all_files = python_files(args.corpus)
    if not all_files:
        sys.exit(f"parse_bench: no .py files under {args.corpus}")
    sources = {}
    for path in all_files:
        with open(path, "rb") as f:
            sources[path] = f.read()
    # Also the warm-up: every file is in the page cache from here on.
    rejected = [p for p in all_files if not cpython_accepts(sources[p])]
    rejected_set = set(rejected)
    files = all_files if args.include_rejected else [
        p for p in all_files if p not in rejected_set]
    blobs = [sources[p] for p in files]
    total = sum(len(b) for b in blobs)

    version = subprocess.run([args.schemac, "--version"], stdout=subprocess.PIPE,
                             text=True).stdout.strip()
    print(f"machine:  {os.cpu_count()} cores, {cpu_model()}, "
          f"{platform.system()} {platform.machine()}")
    print(f"versions: {version}; CPython {platform.python_version()} "
          f"({sys.executable})")
    print(f"corpus:   {args.corpus}: {len(all_files)} .py files, "
          f"CPython rejects {len(rejected)} "
          f"({'included' if args.include_rejected else 'excluded'} on both sides)")
    print(f"measured: {len(files)} files, {total} bytes ({total / 1e6:.1f} MB), "
          f"best of {args.runs} run{'s' if args.runs > 1 else ''}")

    load_before = os.getloadavg()[0]
    single = [time_schemac(args.schemac, 1, files) for _ in range(args.runs)]
    cpython = [time_cpython(blobs) for _ in range(args.runs)]
    parallel = [time_schemac(args.schemac, 0, files) for _ in range(args.runs)]

    for nfiles, nbytes, with_errors, _ in single + parallel:
        if nfiles != len(files) or nbytes != total:
            sys.exit(f"parse_bench: schemac parsed {nfiles} files, {nbytes} "
                     f"bytes; expected {len(files)} files, {total} bytes")
    schemac_rejects = single[0][2]

    best_single = min(s[3] for s in single)
    best_cpython = min(cpython)
    best_parallel = min(s[3] for s in parallel)
    rows = [
        ("schemac parse -j 1", best_single),
        ("CPython ast.parse", best_cpython),
        (f"schemac parse (default: {os.cpu_count()} threads)", best_parallel),
    ]
    print()
    for name, seconds in rows:
        print(f"{name:<40} {seconds:8.3f} s {mbps(total, seconds):8.1f} MB/s")
    print()
    print(f"single-thread ratio, schemac / CPython: "
          f"{best_cpython / best_single:.2f}x")
    print(f"parallel speed-up of schemac:           "
          f"{best_single / best_parallel:.2f}x on {os.cpu_count()} cores")
    # Other work on the machine shows up here before it is blamed on a parser.
    print(f"load:     1-minute load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after the timed runs")
    if schemac_rejects != (len(rejected) if args.include_rejected else 0):
        print(f"note: schemac reported errors in {schemac_rejects} of these files")


if __name__ == "__main__":
    main()
