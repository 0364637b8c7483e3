#!/usr/bin/env python3
"""Compares `schemac dump-ast --format=python` with CPython's own ast.dump.

For every .py file under the given directories, CPython (the interpreter
running this script) parses the bytes of the file with ast.parse, and schemac
parses the same file; the script counts the files both accept, both reject,
and where the dumps are identical, and prints the counts. It exits non-zero
when schemac disagrees with CPython on acceptance of any file, or when fewer
dumps than --min-identical (a fraction) are identical.
"""

import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys


def cpython_dump(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        return ast.dump(ast.parse(source)), None
    except (SyntaxError, ValueError) as e:
        return None, f"{type(e).__name__}: {e}"
    except RecursionError as e:
        return None, f"RecursionError: {e}"


def schemac_dumps(schemac, paths):
    """Runs one schemac over the paths; gives (rejected, dump) for each."""
    proc = subprocess.run(
        [schemac, "dump-ast", "--format=python", *paths],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out = proc.stdout.decode("utf-8", "replace").split("\n")
    err = proc.stderr.decode("utf-8", "replace").splitlines()
    results = []
    line = 0
    for path in paths:
        header = f"==> {path} <==" if len(paths) > 1 else None
        if header is not None:
            assert out[line] == header, f"expected {header!r}, got {out[line]!r}"
            line += 1
        body = []
        while line < len(out) and not out[line].startswith("==> "):
            body.append(out[line])
            line += 1
        errors = [e for e in err if e.startswith(f"{path}:") and ": error: " in e]
        results.append((errors[0] if errors else None, "\n".join(body).rstrip("\n")))
    return results


def first_difference(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return f"at char {i}:\n  cpython: ...{a[max(0, i - 60):i + 60]}\n  schemac: ...{b[max(0, i - 60):i + 60]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schemac", required=True)
    parser.add_argument("--min-identical", type=float, default=0.0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--show", type=int, default=10, help="mismatches to describe")
    parser.add_argument("roots", nargs="+")
    args = parser.parse_args()

    files = []
    for root in args.roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))

    # A few files to a process: starting one per file took most of the time
    # under the sanitizers.
    chunk = 50
    chunks = [files[i:i + chunk] for i in range(0, len(files), chunk)]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        ours = [r for rs in pool.map(lambda c: schemac_dumps(args.schemac, c), chunks) for r in rs]

    accepted = rejected = identical = 0
    false_rejects, false_accepts, different = [], [], []
    for path, (our_error, dump) in zip(files, ours):
        expected, error = cpython_dump(path)
        if expected is None:
            rejected += 1
            if our_error is None:
                false_accepts.append((path, error))
            continue
        accepted += 1
        if our_error is not None:
            false_rejects.append((path, our_error))
        elif dump == expected:
            identical += 1
        else:
            different.append((path, first_difference(expected, dump)))

    print(f"files: {len(files)}")
    print(f"CPython accepts {accepted}, schemac accepts {accepted - len(false_rejects)} of them")
    print(f"CPython rejects {rejected}, schemac rejects {rejected - len(false_accepts)} of them")
    share = identical / accepted if accepted else 1.0
    print(f"ast.dump identical: {identical} of {accepted} ({100 * share:.2f}%)")
    for title, items in (
        ("schemac rejects, CPython accepts", false_rejects),
        ("schemac accepts, CPython rejects", false_accepts),
        ("different dumps", different),
    ):
        for path, detail in items[: args.show]:
            print(f"{title}: {path}: {detail}", file=sys.stderr)
        if len(items) > args.show:
            print(f"{title}: {len(items) - args.show} more", file=sys.stderr)

    ok = not false_rejects and not false_accepts and share >= args.min_identical
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
