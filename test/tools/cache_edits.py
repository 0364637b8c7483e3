#!/usr/bin/env python3
"""Checks that an analysis started from the cache entry of the files before
an edit gives exactly what analysing the edited files afresh gives:

    cache_edits.py --schemac BIN --work DIR [--edits N] CASE_DIR...

For each case directory (a model package with a case.json, as the corpus
has them), copies it into DIR, fills the cache with `schemac schema`, then
makes up to N edits of what columns' definitions say, one after another
(a length, a nullability, an index flag, a primary key flag), each chosen
by a random generator seeded with the case's name. After each edit it runs
`schemac schema --format=json --time-phases` with the cache (which starts
from the entry the run before it wrote) and `--no-cache`, and compares exit
status, JSON and diagnostics byte for byte; then the IR dump the cache
now holds (what that run wrote) with the one of `--no-cache`, for what the
JSON does not show (sequences, the IR's own fields). --time-phases tells
whether the run with the cache analysed the edit alone ("Analyse the edit
of the cached analysis" without "Evaluate modules").

Prints one line per difference and a total; exits 1 if there was any.
--no-leak-checks turns LeakSanitizer off in the runs of a sanitized schemac
(lit.cfg.py's %sweep_leak_checks).
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys

from compare_schema import find_cases, release_of, sweep_environment

EDITS = [
    (re.compile(r"String\((\d+)\)"),
     lambda m: f"String({int(m.group(1)) + 1})"),
    (re.compile(r"nullable=(True|False)"),
     lambda m: "nullable=" + ("False" if m.group(1) == "True" else "True")),
    (re.compile(r"index=(True|False)"),
     lambda m: "index=" + ("False" if m.group(1) == "True" else "True")),
    (re.compile(r"primary_key=(True|False)"),
     lambda m: "primary_key=" + ("False" if m.group(1) == "True" else "True")),
]

TIMERS = "===---"
REMARK = "schemac: remark: the project was analysed whole"


def edit_sites(root):
    """Every place an edit applies: (file, pattern index, offset)."""
    sites = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            for k, (pattern, _) in enumerate(EDITS):
                sites.extend((path, k, m.start()) for m in pattern.finditer(text))
    return sites


def apply_edit(path, k, offset):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    pattern, replace = EDITS[k]
    m = pattern.match(text, offset)
    if not m:
        return None
    new = replace(m)
    text = text[:m.start()] + new + text[m.end():]
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
    return len(new) - (m.end() - m.start())


def run(schemac, args, env):
    p = subprocess.run([schemac] + args, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, errors="replace")
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--edits", type=int, default=6)
    ap.add_argument("--no-leak-checks", action="store_true")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    edits = as_edits = differences = 0
    for case in find_cases(args.cases):
        name = os.path.basename(case.rstrip("/"))
        copy = os.path.join(args.work, name)
        cache = os.path.join(args.work, name + ".cache")
        for d in (copy, cache):
            shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(case, copy)
        release = release_of(case)
        extra = [f"--sqlalchemy={release}"] if release else []
        env = sweep_environment(args.no_leak_checks, SCHEMAC_CACHE_DIR=cache)
        run(args.schemac, ["schema"] + extra + [copy], env)
        sites = edit_sites(copy)
        random.Random(name).shuffle(sites)
        done = 0
        for i in range(len(sites)):
            if done == args.edits:
                break
            path, k, offset = sites[i]
            moved = apply_edit(path, k, offset)
            if moved is None:
                continue
            # What follows the edit in its file moves with it.
            sites[i + 1:] = [(p, kk, o + moved if p == path and o > offset else o)
                             for p, kk, o in sites[i + 1:]]
            done += 1
            edits += 1
            cached = run(args.schemac, ["schema", "--format=json", "--time-phases"]
                         + extra + [copy], env)
            whole = run(args.schemac, ["schema", "--format=json", "--no-cache"]
                        + extra + [copy], env)
            diags = cached[2].split(TIMERS)[0]
            # The timers' banner starts with a line of its own.
            diags = diags[:diags.rfind("\n") + 1] if TIMERS in cached[2] else diags
            # As are the reasons an edit was analysed whole.
            diags = "".join(line for line in diags.splitlines(keepends=True)
                            if not line.startswith(REMARK))
            if "Analyse the edit of the cached analysis" in cached[2] and \
                    "Evaluate modules" not in cached[2]:
                as_edits += 1
            cached_ir = run(args.schemac, ["dump-ir"] + extra + [copy], env)[1]
            whole_ir = run(args.schemac, ["dump-ir", "--no-cache"] + extra + [copy], env)[1]
            if (cached[0], cached[1], diags) != whole or cached_ir != whole_ir:
                rel = os.path.relpath(path, copy)
                print(f"{name}: after editing {rel} at {offset}, the run from "
                      f"the cache differs")
                differences += 1
    print(f"cache edits: {edits} edits, {as_edits} analysed as edits of the "
          f"cached analysis, {differences} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
