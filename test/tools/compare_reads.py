#!/usr/bin/env python3
"""Compares what schemac finds each computed attribute reads with what
SQLAlchemy itself reads.

    compare_reads.py --schemac SCHEMAC CASE_DIR...

CASE_DIR may also be a directory of case directories; those without an
expected-reads.txt are skipped. expected-reads.txt (made by sqla_reads.py
with the real SQLAlchemy, and checked in as data) lists every mapped class
with its computed attributes as `schemac dump-ir` prints them, without
locations and without through() (the computed attributes each reads). The
script runs `schemac dump-ir --sqlalchemy=<case.json's sqla>` on the case
directory and compares those lines. It prints the differences
and how many classes matched, and exits non-zero unless all did.
"""

import argparse
import json
import os
import re
import subprocess
import sys

COMPUTED = re.compile(r"  (column_property|hybrid_property|hybrid_method|synonym) @")


def classes(lines):
    """Class name to its computed attribute lines."""
    out, current = {}, None
    for line in lines:
        if line.startswith('class "'):
            current = out.setdefault(line.split('"')[1], [])
        elif COMPUTED.match(line):
            # SQLAlchemy has no through(): which computed attributes
            # another reads is schemac's own.
            current.append(re.sub(r"( through\(.*?\))? loc\(.*\)$", "", line))
    return out


def cases(paths):
    for path in paths:
        if os.path.exists(os.path.join(path, "expected-reads.txt")):
            yield path
        elif os.path.isdir(path):
            yield from (os.path.join(path, d) for d in sorted(os.listdir(path))
                        if os.path.exists(os.path.join(path, d, "expected-reads.txt")))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schemac", required=True)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    seen = good = 0
    for case in cases(args.paths):
        with open(os.path.join(case, "case.json")) as f:
            sqla = json.load(f)["sqla"]
        with open(os.path.join(case, "expected-reads.txt")) as f:
            expected = classes(f.read().splitlines())
        dump = subprocess.run([args.schemac, "dump-ir", "--sqlalchemy=" + sqla, case],
                              capture_output=True, text=True)
        actual = classes(dump.stdout.splitlines())
        for name in sorted(set(expected) | set(actual)):
            seen += 1
            if expected.get(name) == actual.get(name):
                good += 1
                continue
            print(f"{os.path.basename(case)}: {name}", file=sys.stderr)
            print(f"  sqlalchemy: {expected.get(name)}", file=sys.stderr)
            print(f"  schemac:    {actual.get(name)}", file=sys.stderr)
    print(f"total: classes {good}/{seen}")
    sys.exit(0 if seen and good == seen else 1)


main()
