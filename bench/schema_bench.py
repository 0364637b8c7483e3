#!/usr/bin/env python3
"""schemac schema against import-based extraction; see bench/README.md.

    schema_bench.py --schemac BIN --workdir DIR [--sizes 2000,20000]
                    [--styles 1.4,2.0] [--max-runs 3] [--schemac-budget 90]
                    [--import-budget 60] [--seed 0]

For each style and size: writes a model package with gen_models.py into
DIR, then times
  schemac   `schemac schema --format=json PKG` (default threads: one per
            core), stdout to a file;
  import    a fresh `/usr/bin/python3 -B bench/sqla_extract.py`: imports the
            package with the real SQLAlchemy and compiles CreateTable /
            CreateIndex for every table, DDL to a file;
both as whole processes, wall time (time.perf_counter around the child) and
peak resident memory (`/usr/bin/time -f %M`), best time of up to --max-runs
runs: after each run, another is made only while the runs so far plus one
more of the last one's length stay within the figure's budget (s). Then it
compares the tables, columns, foreign keys, indexes, unique and check
constraints that each side found, and removes the package.

SQLAlchemy for the 1.4 style: the interpreter's own (Debian's 1.4); for the
2.0 style: SQLA20_PATH (os.pathsep-separated dirs put first on sys.path),
else the 2.0 rows are skipped.
"""

import argparse
import collections
import json
import os
import platform
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_models  # noqa: E402

PYTHON = "/usr/bin/python3"
PACKAGE = "benchmodels"


def log(msg=""):
    print(msg, flush=True)


def fmt_mem(kb):
    return f"{kb / 1024:,.0f} MiB" if kb is not None else "n/a"


def fmt_s(s):
    return f"{s:.2f} s" if s is not None else "n/a"


class Runner:
    def __init__(self, workdir):
        self.workdir = workdir

    def run(self, cmd, env, stdout_path, stderr_path):
        """One run of cmd: (wall seconds, peak RSS KiB, exit status)."""
        memfile = os.path.join(self.workdir, "time.out")
        full = ["/usr/bin/time", "-f", "%M", "-o", memfile] + cmd
        with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
            start = time.perf_counter()
            proc = subprocess.run(full, stdout=out, stderr=err, env=env)
            wall = time.perf_counter() - start
        peak = None
        try:
            with open(memfile) as f:
                lines = [x for x in f.read().split("\n") if x.strip()]
            peak = int(lines[-1])
        except (OSError, ValueError, IndexError):
            pass
        return wall, peak, proc.returncode

    def best_of(self, label, cmd, env, stdout_path, stderr_path, max_runs, budget,
                ok_codes=(0,)):
        times, peaks = [], []
        while True:
            wall, peak, rc = self.run(cmd, env, stdout_path, stderr_path)
            if rc not in ok_codes:
                with open(stderr_path, "rb") as f:
                    tail = f.read()[-3000:].decode(errors="replace")
                log(f"    {label}: exit status {rc} after {wall:.2f} s; stderr ends with:\n"
                    + "\n".join("      " + x for x in tail.splitlines()[-15:]))
                return None
            times.append(wall)
            peaks.append(peak or 0)
            log(f"    {label}: run {len(times)}: {wall:.2f} s, {fmt_mem(peak)}")
            if len(times) >= max_runs or sum(times) + wall > budget:
                break
        return {"best": min(times), "runs": len(times), "times": times,
                "peak": max(peaks)}


def sqla_env(paths, workdir):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env.pop("SQLALCHEMY_PATH", None)
    if paths:
        env["SQLALCHEMY_PATH"] = paths
    # SQLAlchemy's and the standard library's bytecode comes from a cache
    # filled by a warm-up run, as an installed package has it; the generated
    # models are compiled from source in every run (a fresh checkout, as CI
    # sees it): nothing is written during the timed runs.
    env["PYTHONPYCACHEPREFIX"] = os.path.join(workdir, "pycache")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def sqla_version(env):
    proc = subprocess.run(
        [PYTHON, "-c", "import os, sys; p = os.environ.get('SQLALCHEMY_PATH');"
         "sys.path[:0] = p.split(os.pathsep) if p else [];"
         "import sqlalchemy; print(sqlalchemy.__version__)"],
        env=env, capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else None


def warm_up(env, style, workdir, seed):
    """Fill the bytecode cache with SQLAlchemy and the standard library."""
    root = os.path.join(workdir, f"warm-{style}")
    gen_models.generate(root, 120, style, seed)
    warm = dict(env)
    warm.pop("PYTHONDONTWRITEBYTECODE")
    subprocess.run([PYTHON, os.path.join(HERE, "sqla_extract.py"), root, PACKAGE,
                    "--configure"], env=warm, stdout=subprocess.DEVNULL, check=True)
    shutil.rmtree(root)


def counts_from_schemac(path):
    with open(path) as f:
        doc = json.load(f)
    tables = {}
    for t in doc["tables"]:
        name = t["name"] if not t.get("schema") else f"{t['schema']}.{t['name']}"
        tables[name] = (len(t["columns"]), len(t["foreign_keys"]), len(t["indexes"]),
                        len(t["unique_constraints"]), len(t["check_constraints"]))
    diags = collections.Counter(
        (d.get("severity", "?"), d.get("message", "?")) for d in doc.get("diagnostics", []))
    examples = {}
    for d in doc.get("diagnostics", []):
        key = (d.get("severity", "?"), d.get("message", "?"))
        if key not in examples and d.get("loc"):
            examples[key] = f"{d['loc']['file']}:{d['loc']['line']}:{d['loc']['col']}"
    return tables, diags, examples


FIELDS = ("columns", "foreign keys", "indexes", "unique constraints", "check constraints")


def compare(row, schemac_json, summary_path, pkg_root):
    """Prints table counts (and the rest) of both sides; returns mismatch lines."""
    ours, diags, examples = counts_from_schemac(schemac_json)
    with open(summary_path) as f:
        theirs = json.load(f)["counts"]
    lines = []
    lines.append(f"    tables: schemac {len(ours):,}, SQLAlchemy {len(theirs):,}"
                 + ("  (same)" if len(ours) == len(theirs) and set(ours) == set(theirs)
                    else "  (DIFFERENT)"))
    mism = []
    missing = sorted(set(theirs) - set(ours))
    extra = sorted(set(ours) - set(theirs))
    if missing:
        mism.append(f"{len(missing)} tables only SQLAlchemy has, e.g. {', '.join(missing[:5])}")
    if extra:
        mism.append(f"{len(extra)} tables only schemac has, e.g. {', '.join(extra[:5])}")
    both = sorted(set(ours) & set(theirs))
    for i, field in enumerate(FIELDS):
        a = sum(ours[t][i] for t in both)
        b = sum(theirs[t][i] for t in both)
        differ = [t for t in both if ours[t][i] != theirs[t][i]]
        lines.append(f"    {field}: schemac {a:,}, SQLAlchemy {b:,}"
                     + (f"  ({len(differ)} tables differ, e.g. {differ[0]}: "
                        f"{ours[differ[0]][i]} vs {theirs[differ[0]][i]})" if differ else ""))
        if differ:
            mism.append(f"{field}: {len(differ)} tables differ "
                        f"(schemac {a:,}, SQLAlchemy {b:,}), e.g. {differ[0]}")
    if diags:
        lines.append("    schemac diagnostics:")
        for (sev, msg), n in diags.most_common(8):
            lines.append(f"      {n:>6,} x {sev}: {msg}  (first at {examples.get((sev, msg), '?')})")
    else:
        lines.append("    schemac diagnostics: none")
    row["mismatches"] = mism
    for x in lines:
        log(x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--sizes", default="2000,20000")
    ap.add_argument("--styles", default="1.4,2.0")
    ap.add_argument("--max-runs", type=int, default=3)
    ap.add_argument("--schemac-budget", type=float, default=90.0)
    ap.add_argument("--import-budget", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    sizes = [int(x) for x in args.sizes.split(",") if x]
    styles = [x for x in args.styles.split(",") if x]
    work = os.path.abspath(args.workdir)
    runner = Runner(work)
    started = time.perf_counter()

    version = subprocess.run([args.schemac, "--version"], capture_output=True,
                             text=True).stdout.strip()
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(x.split(":", 1)[1].strip() for x in f if x.startswith("model name"))
    except (OSError, StopIteration):
        pass
    log(f"machine: {os.cpu_count()} cores, {cpu}, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at start")
    log(f"schemac: {version} ({args.schemac}); Python {platform.python_version()} ({PYTHON})")

    envs = {}
    notes = []
    if "1.4" in styles:
        env = sqla_env(None, work)
        v = sqla_version(env)
        if v is None:
            notes.append("1.4 style: skipped, /usr/bin/python3 cannot import sqlalchemy "
                         "(apt-get install python3-sqlalchemy)")
        else:
            envs["1.4"] = (env, v)
    if "2.0" in styles:
        paths = os.environ.get("SQLA20_PATH")
        if not paths:
            notes.append("2.0 style: skipped, SQLA20_PATH is not set (a SQLAlchemy 2.0 "
                         "checkout's lib dir and typing_extensions, os.pathsep-separated)")
        else:
            env = sqla_env(paths, work)
            v = sqla_version(env)
            if v is None or not v.startswith("2."):
                notes.append(f"2.0 style: skipped, SQLA20_PATH={paths} gives SQLAlchemy {v}")
            else:
                envs["2.0"] = (env, v)
    for n in notes:
        log("note: " + n)
    for style, (_, v) in envs.items():
        log(f"SQLAlchemy for the {style} style: {v}")
    log(f"runs: best of up to {args.max_runs}; another run only while the runs so far plus "
        f"one more stay within {args.schemac_budget:.0f} s (schemac) / "
        f"{args.import_budget:.0f} s (import)")

    rows = []
    for style in styles:
        if style not in envs:
            continue
        env, sqla_v = envs[style]
        warm_up(env, style, work, args.seed)
        for n in sizes:
            log("")
            root = os.path.join(work, f"pkg-{style}-{n}")
            t0 = time.perf_counter()
            info = gen_models.generate(root, n, style, args.seed)
            pkg = info["root"]
            log(f"{style} style, {n:,} models: generated {info['tables']:,} tables "
                f"({info['association_tables']:,} association) in {info['files']} files, "
                f"{info['lines']:,} lines, {info['bytes'] / 1e6:.1f} MB "
                f"({time.perf_counter() - t0:.1f} s)")
            row = {"style": style, "models": n, "sqla": sqla_v, "info": info}
            sj = os.path.join(work, "schemac.json")
            row["schemac"] = runner.best_of(
                # The analysis itself, every run: not the cache's copy of it.
                "schemac schema --format=json",
                [args.schemac, "schema", "--no-cache", "--format=json", pkg],
                None, sj, os.path.join(work, "schemac.err"), args.max_runs,
                args.schemac_budget, ok_codes=(0, 1))
            summary = os.path.join(work, "sqla-summary.json")
            row["import"] = runner.best_of(
                f"import + CreateTable (SQLAlchemy {sqla_v})",
                [PYTHON, "-B", os.path.join(HERE, "sqla_extract.py"), root, PACKAGE,
                 "--summary", summary],
                env, os.path.join(work, "ddl.sql"), os.path.join(work, "sqla.err"),
                args.max_runs, args.import_budget)
            if row["schemac"] and row["import"]:
                compare(row, sj, summary, pkg)
            else:
                row["mismatches"] = ["not compared: a side failed"]
            for p in (sj, summary, os.path.join(work, "ddl.sql")):
                if os.path.exists(p):
                    os.remove(p)
            shutil.rmtree(root)
            rows.append(row)

    log("")
    log("Results (wall time of the whole process, best run; peak RSS over the runs)")
    hdr = (f"{'style':<6} {'models':>7} {'tables':>7}  {'schemac':>9} {'runs':>4} {'peak':>10}"
           f"  {'import':>9} {'runs':>4} {'peak':>10}  {'ratio':>7}  SQLAlchemy")
    log(hdr)
    log("-" * len(hdr))
    for r in rows:
        s, i = r["schemac"], r["import"]
        ratio = f"{i['best'] / s['best']:.1f}x" if s and i else "n/a"
        log(f"{r['style']:<6} {r['models']:>7,} {r['info']['tables']:>7,}  "
            f"{fmt_s(s and s['best']):>9} {(s or {}).get('runs', 0):>4} "
            f"{fmt_mem(s and s['peak']):>10}  {fmt_s(i and i['best']):>9} "
            f"{(i or {}).get('runs', 0):>4} {fmt_mem(i and i['peak']):>10}  {ratio:>7}  {r['sqla']}")
    for n in notes:
        log("note: " + n)
    log("ratio = import-based time / schemac time")
    problems = [(r, m) for r in rows for m in r["mismatches"]]
    if problems:
        log("mismatches between schemac and SQLAlchemy:")
        for r, m in problems:
            log(f"  {r['style']} style, {r['models']:,} models: {m}")
    else:
        log("schemac and SQLAlchemy found the same tables, columns, foreign keys, "
            "indexes and constraints in every package")
    log(f"total time {time.perf_counter() - started:.0f} s")
    return 0 if rows and all(r["schemac"] and r["import"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
