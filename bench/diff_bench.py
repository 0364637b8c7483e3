#!/usr/bin/env python3
"""schemac diff on a one-column edit of a large model package; see
bench/README.md.

    diff_bench.py --schemac BIN --workdir DIR [--sizes 2000,20000]
                  [--runs 3] [--baseline-sizes 2000]

For each size: writes a 1.4-style package with gen_models.py into a new git
repository in DIR, commits it, widens one String column of one model in the
working tree, then times
  schemac   `schemac diff --against HEAD --format=json PKG` (best of --runs):
            cold, with --no-cache --analyze-edit=off: both sides analysed
            whole; cold with --no-cache (the default --analyze-edit=auto):
            HEAD analysed, the working tree as an edit of it; and warm, as
            at a desk: a run before the edit left HEAD's analysis in the
            cache (in DIR), so it is read back and the working tree
            analysed as an edit of it,
  alembic   bench/alembic_compare.py: import the committed package and
            create its tables in SQLite, import the edited one, run Alembic's
            compare_metadata (for the sizes in --baseline-sizes: it takes
            minutes at 20,000 models),
as whole processes (wall time, peak memory by /usr/bin/time), checks that
both found exactly the one change, and prints the ratio.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_models  # noqa: E402

PACKAGE = "benchmodels"


def timed(cmd, cwd=None, env=None):
    """Wall seconds, peak KiB, stdout, exit status."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    peak = int(p.stderr.strip().splitlines()[-1])
    return wall, peak, p.stdout, p.returncode


def git(repo, *args):
    subprocess.run(["git", "-C", repo, "-c", "user.name=bench", "-c",
                    "user.email=bench@example.com", *args], check=True,
                   stdout=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--sizes", default="2000,20000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-sizes", default="2000")
    args = ap.parse_args()
    baseline_sizes = {int(s) for s in args.baseline_sizes.split(",") if s}
    for size in (int(s) for s in args.sizes.split(",")):
        repo = os.path.join(args.workdir, f"repo{size}")
        shutil.rmtree(repo, ignore_errors=True)
        os.makedirs(repo)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_models.py"), repo,
                        "--models", str(size), "--style", "1.4"], check=True,
                       stdout=subprocess.DEVNULL)
        git(repo, "init", "-q")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "models")
        old_root = os.path.join(args.workdir, f"old{size}")
        shutil.rmtree(old_root, ignore_errors=True)
        shutil.copytree(repo, old_root, ignore=shutil.ignore_patterns(".git"))
        # The edit: the first String(N) column of a domain module grows.
        pkg = os.path.join(repo, PACKAGE)
        modules = sorted(f for f in os.listdir(pkg)
                         if f.endswith(".py") and f not in
                         ("__init__.py", "base.py", "enums.py", "types.py"))
        path = os.path.join(pkg, modules[0])
        text = open(path).read()
        m = re.search(r"^(\s+\w+ = Column\(String\()(\d+)\)", text, re.M)
        edited = text[:m.start(2)] + str(int(m.group(2)) + 1) + text[m.end(2):]
        open(path, "w").write(edited)
        line = text[:m.start()].count("\n") + 1
        print(f"== {size} models: {PACKAGE}/{modules[0]}:{line}: String({m.group(2)}) -> "
              f"String({int(m.group(2)) + 1})", flush=True)

        diff = [args.schemac, "diff", "--against", "HEAD", "--format=json", PACKAGE]
        os.environ["SCHEMAC_CACHE_DIR"] = os.path.join(args.workdir, "cache")
        results = {}
        modes = {"cold, whole": ["--no-cache", "--analyze-edit=off"],
                 "cold, as an edit": ["--no-cache"],
                 "warm, as an edit": []}
        for mode, options in modes.items():
            best = None
            for _ in range(args.runs):
                if mode.startswith("warm"):
                    open(path, "w").write(text)
                    timed(diff + options, cwd=repo)
                    open(path, "w").write(edited)
                wall, peak, out, status = timed(diff + options, cwd=repo)
                if best is None or wall < best[0]:
                    best = (wall, peak, out, status)
            wall, peak, out, status = results[mode] = best
            changes = json.loads(out)["changes"]
            kinds = [(c["kind"], c["table"], c["column"]) for c in changes]
            print(f"schemac diff --against HEAD, {mode}: {wall:.2f} s, "
                  f"peak {peak / 1024:,.0f} MiB, exit {status}, changes {kinds}",
                  flush=True)
        wall = results["cold, whole"][0]
        if size in baseline_sizes:
            bwall, bpeak, bout, bstatus = timed(
                ["/usr/bin/python3", "-B", os.path.join(HERE, "alembic_compare.py"),
                 old_root, repo, PACKAGE])
            lines = bout.strip().splitlines()
            print(f"alembic compare_metadata (import + SQLite): {bwall:.2f} s, "
                  f"peak {bpeak / 1024:,.0f} MiB, changes {lines[-1] if lines else '?'}: "
                  f"{lines[0] if len(lines) > 1 else ''}", flush=True)
            print(f"ratio alembic / schemac: {bwall / wall:.1f}x cold, whole, "
                  f"{bwall / results['warm, as an edit'][0]:.1f}x warm, "
                  "as an edit", flush=True)
        shutil.rmtree(repo)
        shutil.rmtree(old_root)


if __name__ == "__main__":
    main()
