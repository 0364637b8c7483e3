#!/usr/bin/env python3
"""Compares schemac's DDL with what SQLAlchemy itself emits.

    compare_ddl.py --schemac SCHEMAC CASE_DIR...

A case directory holds a model package and expected.<dialect>.sql files: the
statements SQLAlchemy 2.0's MetaData.create_all emits for it, captured with a
mock engine (create_mock_engine) and checked in as data, with create_all's
order made deterministic the way schemac defines it: tables in
MetaData.sorted_tables order over all of the package's MetaData, a table's
indexes by name. Each statement is stripped, ends in ';' and is followed by
a blank line, as `schemac schema --format=ddl` prints them.

For every expected file the script runs `schemac schema --format=ddl
--dialect=<dialect>` on the case directory, prints per case and dialect how
many statements are identical, and a diff for each one that is not. It exits
non-zero when any statement differs.
"""

import argparse
import difflib
import os
import subprocess
import sys


def statements(text):
    return [s for s in text.split(";\n\n") if s.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schemac", required=True)
    parser.add_argument("cases", nargs="+")
    args = parser.parse_args()

    failed = False
    for case in sorted(args.cases, key=lambda c: os.path.basename(os.path.normpath(c))):
        for name in sorted(os.listdir(case)):
            if not (name.startswith("expected.") and name.endswith(".sql")):
                continue
            dialect = name[len("expected."):-len(".sql")]
            with open(os.path.join(case, name)) as f:
                expected = f.read()
            proc = subprocess.run([args.schemac, "schema", "--format=ddl", f"--dialect={dialect}", case],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            actual = proc.stdout
            want, got = statements(expected), statements(actual)
            same = sum(1 for w, g in zip(want, got) if w == g)
            where = f"{os.path.basename(os.path.normpath(case))} [{dialect}]"
            exact = expected == actual
            print(f"{where}: statements {same}/{len(want)}{'' if exact else ', output differs'}")
            if not exact:
                failed = True
                sys.stderr.writelines(difflib.unified_diff(
                    expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                    f"{case}/{name}", f"schemac --dialect={dialect}"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
