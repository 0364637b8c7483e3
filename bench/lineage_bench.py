#!/usr/bin/env python3
"""schemac lineage on a large model package; see bench/README.md.

    lineage_bench.py --schemac BIN --workdir DIR [--sizes 2000,20000] [--runs 3]

For each size: writes a 1.4-style package with gen_models.py into DIR, picks
the most referenced table's key column (the widest downstream), then times
as whole processes (wall time, peak memory by /usr/bin/time):
  cold      `schemac lineage --no-cache TABLE.id PKG`: the whole analysis;
  warm      `schemac lineage TABLE.id PKG` with the analysis cache filled by
            a run before (in DIR): what a second question costs;
  edited    the same after an edit of one column's length, another length
            each run, in each of 8 model modules spread over the package:
            where the edited module and the modules it reads are at most a
            fifth of the package, the analysis of the edit starts from the
            cache entry of the files before it, else it is analysed whole;
            the fastest, median and slowest module;
  dbt       warm, with a dbt manifest (bench-made: a staging model per
            table, up to 2,500 of them with the key's, and 2,500 models that
            join two of them; about 5 MB at 20,000 models): what a data
            team's project adds to the answer;
  import    bench/sqla_lineage.py: import the package with the real
            SQLAlchemy and walk its MetaData's foreign keys to the same
            column's dependents, the way a tool that imports the models
            answers,
each the best of --runs, checks that schemac and the import agree on the
columns that reference the key, and prints the ratios.
"""

import argparse
import collections
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_models  # noqa: E402
from diff_bench import timed  # noqa: E402

PACKAGE = "benchmodels"


def best(cmd, runs, env=None):
    """Best wall seconds, its peak KiB and stdout."""
    result = None
    for _ in range(runs):
        wall, peak, out, status = timed(cmd, env=env)
        if status != 0:
            sys.exit(f"lineage_bench: {' '.join(cmd)} exited with {status}")
        if result is None or wall < result[0]:
            result = (wall, peak, out)
    return result


EDITED_MODULES = 8


def edit_length(pkg, which, length):
    """Sets the length of the first String(n) column of the which-th of
    EDITED_MODULES model modules spread over the package."""
    modules = sorted(f for f in os.listdir(pkg) if f.endswith(".py")
                     and f not in ("__init__.py", "base.py", "enums.py"))
    path = os.path.join(pkg, modules[which * len(modules) // EDITED_MODULES])
    with open(path) as f:
        text = f.read()
    text, n = re.subn(r"(= Column\(String\()\d+", rf"\g<1>{length}", text, count=1)
    assert n == 1, path
    with open(path, "w") as f:
        f.write(text)


def most_referenced(pkg):
    """The table whose id most ForeignKey("table.id") strings name."""
    counts = collections.Counter()
    for f in os.listdir(pkg):
        if f.endswith(".py"):
            for m in re.finditer(r'ForeignKey\("(\w+)\.id"', open(os.path.join(pkg, f)).read()):
                counts[m.group(1)] += 1
    return counts.most_common(1)[0][0]


DBT_STAGING, DBT_JOINS = 2500, 2500


def write_manifest(pkg, table, path):
    """A dbt project over the package's tables, as compiled SQL: staging
    models that rename columns of a source, models that join two of them."""
    rng = random.Random(1)
    tables = sorted({m.group(1) for f in os.listdir(pkg) if f.endswith(".py")
                     for m in re.finditer(r'__tablename__ = "(\w+)"',
                                          open(os.path.join(pkg, f)).read())})
    staged = [table] + [t for t in tables if t != table][:DBT_STAGING - 1]
    columns = ["created_at", "updated_at", "name", "status", "amount", "code"]
    sources, nodes = {}, {}
    for t in staged:
        sources[f"source.bench.raw.{t}"] = {
            "resource_type": "source", "name": t, "source_name": "raw",
            "schema": "public", "identifier": t}
        picked = ", ".join(rng.sample(columns, 3))
        nodes[f"model.bench.stg_{t}"] = {
            "resource_type": "model", "name": f"stg_{t}",
            "depends_on": {"nodes": [f"source.bench.raw.{t}"]},
            "config": {"materialized": "view"},
            "raw_code": f"select * from {{{{ source('raw', '{t}') }}}}",
            "compiled_code": f'with source as (select * from "db"."public"."{t}"),\n'
                             f"renamed as (select id, {picked} from source)\n"
                             "select * from renamed"}
    for i in range(DBT_JOINS):
        a, b = rng.sample(staged, 2)
        c = rng.sample(columns, 3)
        sql = (f'with a as (select * from "db"."analytics"."stg_{a}"),\n'
               f'b as (select * from "db"."analytics"."stg_{b}")\n'
               f"select a.id, a.{c[0]}, b.{c[1]}, count(*) as n\n"
               f"from a left join b on b.id = a.id\n"
               f"where a.{c[2]} is not null group by 1, 2, 3")
        nodes[f"model.bench.joined_{i}"] = {
            "resource_type": "model", "name": f"joined_{i}",
            "depends_on": {"nodes": [f"model.bench.stg_{a}", f"model.bench.stg_{b}"]},
            "config": {"materialized": "table"}, "raw_code": sql, "compiled_code": sql}
    manifest = {"metadata": {"dbt_schema_version":
                             "https://schemas.getdbt.com/dbt/manifest/v12.json",
                             "adapter_type": "postgres"},
                "sources": sources, "nodes": nodes, "exposures": {}}
    with open(path, "w") as f:
        json.dump(manifest, f, indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--sizes", default="2000,20000")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    env = dict(os.environ, SCHEMAC_CACHE_DIR=os.path.join(args.workdir, "cache"))
    for size in (int(s) for s in args.sizes.split(",")):
        root = os.path.join(args.workdir, f"models{size}")
        shutil.rmtree(root, ignore_errors=True)
        gen_models.generate(root, size, "1.4", 1)
        pkg = os.path.join(root, PACKAGE)
        column = most_referenced(pkg) + ".id"
        print(f"== {size} models: lineage of {column}", flush=True)
        lineage = [args.schemac, "lineage", "--format=json", column, pkg]
        cold = best(lineage + ["--no-cache"], args.runs, env)
        timed(lineage, env=env)
        warm = best(lineage, args.runs, env)
        manifest = os.path.join(root, "manifest.json")
        write_manifest(pkg, column.split(".")[0], manifest)
        with_dbt = best(lineage + ["--dbt-manifest=" + manifest], args.runs, env)
        with open(manifest) as f:
            dbt_nodes = len(json.load(f)["nodes"])
        dbt_label = (f"schemac lineage, warm, with a dbt manifest of {dbt_nodes:,} "
                     f"nodes ({os.path.getsize(manifest) / 2**20:.0f} MB)")
        if '"kind": "dbt_model"' not in with_dbt[2]:
            sys.exit("lineage_bench: no dbt model reads the key")
        edited = []
        for which in range(EDITED_MODULES):
            best_edit = None
            for run in range(args.runs):
                edit_length(pkg, which, 1000 + run)
                wall, peak, out, status = timed(lineage, env=env)
                if status != 0 or out != cold[2]:
                    sys.exit("lineage_bench: the lineage after an edit differs")
                if best_edit is None or wall < best_edit[0]:
                    best_edit = (wall, peak, out)
            edited.append(best_edit)
        edited.sort(key=lambda e: e[0])
        imported = best(["/usr/bin/python3", "-B", os.path.join(HERE, "sqla_lineage.py"),
                         root, PACKAGE, column], args.runs)
        # The columns whose foreign keys reference the key, on both sides.
        ours = set(re.findall(r'"name": "([\w.]+)",\s*"kind": "column"', cold[2]))
        theirs = set(imported[2].split())
        ours.discard(column)
        agree = "agree" if ours == theirs else f"DIFFER ({len(ours ^ theirs)})"
        for name, (wall, peak, _) in (("schemac lineage, cold", cold),
                                      ("schemac lineage, warm", warm),
                                      (dbt_label, with_dbt),
                                      ("schemac lineage, after an edit, fastest",
                                       edited[0]),
                                      ("schemac lineage, after an edit, median",
                                       edited[len(edited) // 2]),
                                      ("schemac lineage, after an edit, slowest",
                                       edited[-1]),
                                      ("import + foreign keys", imported)):
            print(f"{name}: {wall:.2f} s, peak {peak / 1024:,.0f} MiB", flush=True)
        print(f"referencing columns: {len(ours)} (schemac), {len(theirs)} (import): {agree}")
        print(f"ratio import / schemac: {imported[0] / cold[0]:.1f}x cold, "
              f"{imported[0] / warm[0]:.1f}x warm", flush=True)
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
