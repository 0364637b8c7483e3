#!/usr/bin/env python3
"""Compares schemac's schema JSON with what SQLAlchemy itself builds.

    compare_schema.py --schemac SCHEMAC [--min-columns F] CASE_DIR...

CASE_DIR may also be a directory of case directories.

A case directory holds a model package, a case.json ({"entry": [...],
"sqla": "1.4" | "2.0"}) and expected.<dialect>.json files: the schema
document SQLAlchemy builds at run time (generated once with the team's
reference tool and checked in as data). For every expected file the script
runs `schemac schema --format=json --dialect=<dialect>
--sqlalchemy=<sqla>` on the case directory and compares, ignoring `loc` and `diagnostics` (the reference has
neither). It prints the differences and, per dialect and overall, how many
tables, columns (every field; one SQLAlchemy does not make counts against),
constraints and indexes are identical. It
exits non-zero when a figure is below its minimum (default: all identical).
"""

import argparse
import json
import os
import subprocess
import sys

COLUMN_FIELDS = ("name", "attribute", "type", "nullable", "primary_key", "unique",
                 "index", "default", "server_default", "comment")
CONSTRAINT_LISTS = ("foreign_keys", "indexes", "unique_constraints", "check_constraints")


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k != "loc"}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


class Tally:
    def __init__(self):
        self.counts = {}

    def add(self, what, ok):
        seen, good = self.counts.get(what, (0, 0))
        self.counts[what] = (seen + 1, good + bool(ok))

    def merge(self, other):
        for what, (seen, good) in other.counts.items():
            s, g = self.counts.get(what, (0, 0))
            self.counts[what] = (s + seen, g + good)

    def share(self, what):
        seen, good = self.counts.get(what, (0, 0))
        return good / seen if seen else 1.0

    def line(self):
        return ", ".join(f"{what} {good}/{seen}" for what, (seen, good) in sorted(self.counts.items()))


def same_table(got, table):
    """Whether two tables of one name have the same columns and constraints."""
    return all(strip(got[f]) == table[f] for f in CONSTRAINT_LISTS) and all(
        any(all(c[f] == o.get(f) for f in COLUMN_FIELDS) for o in got["columns"])
        for c in table["columns"]) and len(got["columns"]) == len(table["columns"])


def compare(expected, actual, where, tally, problems):
    # Tables of one name in two MetaData objects (dagster's three
    # secondary_indexes) are paired each with its identical one, if any.
    ours = {}
    for t in actual["tables"]:
        ours.setdefault((t["schema"], t["name"]), []).append(t)
    for table in expected["tables"]:
        key = (table["schema"], table["name"])
        name = ".".join(p for p in key if p)
        candidates = ours.get(key, [])
        got = next((t for t in candidates if same_table(t, table)),
                   candidates[0] if candidates else None)
        if got is not None:
            candidates.remove(got)
        tally.add("tables", got is not None)
        if got is None:
            problems.append(f"{where}: table {name} is missing")
            for _ in table["columns"]:
                tally.add("columns", False)
            for lst in CONSTRAINT_LISTS:
                for _ in table[lst]:
                    tally.add("constraints", False)
            continue
        got_columns = {c["name"]: c for c in got["columns"]}
        for column in table["columns"]:
            other = got_columns.get(column["name"])
            ok = other is not None and all(column[f] == other.get(f) for f in COLUMN_FIELDS)
            tally.add("columns", ok)
            if other is None:
                problems.append(f"{where}: column {name}.{column['name']} is missing")
            elif not ok:
                diffs = [f"{f}: expected {json.dumps(column[f])}, got {json.dumps(other.get(f))}"
                         for f in COLUMN_FIELDS if column[f] != other.get(f)]
                problems.append(f"{where}: column {name}.{column['name']}: " + "; ".join(diffs))
        expected_names = {c["name"] for c in table["columns"]}
        for column in got["columns"]:
            if column["name"] not in expected_names:
                problems.append(f"{where}: table {name}: unexpected column {column['name']}")
                tally.add("columns", False)
        order_ok = [c["name"] for c in table["columns"]] == [c["name"] for c in got["columns"]]
        tally.add("column order", order_ok)
        if not order_ok:
            problems.append(f"{where}: table {name}: column order {[c['name'] for c in got['columns']]}, "
                            f"expected {[c['name'] for c in table['columns']]}")
        for field in ("comment", "classes", "primary_key"):
            if table[field] != got[field]:
                problems.append(f"{where}: table {name}: {field} expected {json.dumps(table[field])}, "
                                f"got {json.dumps(got[field])}")
            tally.add("table " + field, table[field] == got[field])
        for lst in CONSTRAINT_LISTS:
            remaining = list(got[lst])
            for item in table[lst]:
                ok = item in remaining
                if ok:
                    remaining.remove(item)
                else:
                    problems.append(f"{where}: table {name}: {lst[:-1]} {json.dumps(item)} is missing")
                tally.add("constraints", ok)
            for item in remaining:
                problems.append(f"{where}: table {name}: unexpected {lst[:-1]} {json.dumps(item)}")
                tally.add("constraints", False)
    for key, left in ours.items():
        for _ in left:
            problems.append(f"{where}: unexpected table {'.'.join(p for p in key if p)}")
            tally.add("tables", False)
    got_classes = {c["name"]: c for c in actual["classes"]}
    for cls in expected["classes"]:
        other = got_classes.get(cls["name"])
        ok = other is not None and all(cls[k] == other.get(k) for k in cls if k != "loc")
        tally.add("classes", ok)
        if not ok:
            problems.append(f"{where}: class {cls['name']}: expected {json.dumps(cls)}, got {json.dumps(other)}")


def find_cases(paths):
    """The case directories: each path that is one, and the cases in each
    that is not (lit's shell does not expand globs), sorted."""
    cases = []
    for path in paths:
        if os.path.exists(os.path.join(path, "case.json")):
            cases.append(path)
        else:
            cases.extend(os.path.join(path, d) for d in os.listdir(path)
                         if os.path.exists(os.path.join(path, d, "case.json")))
    return sorted(cases)


def release_of(case):
    """The SQLAlchemy release the case's expected files were built with
    (case.json's "sqla"), or ""."""
    with open(os.path.join(case, "case.json")) as f:
        return json.load(f).get("sqla", "")


def sweep_environment(no_leak_checks, **variables):
    """The environment of a sweep's schemac runs: this one's, with
    \p variables; with LeakSanitizer off where asked (a sanitized schemac's
    leak check at exit is a third of each short run's time, and the sweeps
    repeat what the other tests check for leaks)."""
    env = dict(os.environ, **variables)
    if no_leak_checks:
        options = env.get("ASAN_OPTIONS", "")
        env["ASAN_OPTIONS"] = (options + ":" if options else "") + "detect_leaks=0"
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--schemac", required=True)
    parser.add_argument("--min-columns", type=float, default=1.0)
    parser.add_argument("--min-tables", type=float, default=1.0)
    parser.add_argument("--min-constraints", type=float, default=1.0)
    parser.add_argument("--min-classes", type=float, default=1.0)
    parser.add_argument("cases", nargs="+")
    args = parser.parse_args()

    cases = find_cases(args.cases)

    total = Tally()
    problems = []
    for case in cases:
        for name in sorted(os.listdir(case)):
            if not (name.startswith("expected.") and name.endswith(".json")):
                continue
            dialect = name[len("expected."):-len(".json")]
            with open(os.path.join(case, name)) as f:
                expected = strip(json.load(f))
            # schemac is told the release the expected files were built
            # with, as SQLAlchemy was (case.json's "sqla").
            release = release_of(case)
            command = [args.schemac, "schema", "--format=json", f"--dialect={dialect}"]
            if release:
                command.append(f"--sqlalchemy={release}")
            proc = subprocess.run(command + [case],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            where = f"{os.path.basename(os.path.normpath(case))} [{dialect}]"
            try:
                actual = strip(json.loads(proc.stdout))
            except json.JSONDecodeError:
                problems.append(f"{where}: no JSON (exit {proc.returncode}): "
                                f"{proc.stderr.decode(errors='replace')[:500]}")
                total.add("tables", False)
                continue
            tally = Tally()
            compare(expected, actual, where, tally, problems)
            total.merge(tally)
            print(f"{where}: {tally.line()}")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"total: {total.line()}")
    ok = (total.share("columns") >= args.min_columns and total.share("tables") >= args.min_tables
          and total.share("constraints") >= args.min_constraints and total.share("classes") >= args.min_classes)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
