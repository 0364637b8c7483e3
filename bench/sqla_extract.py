#!/usr/bin/env python3
"""The import-based schema extraction that Alembic autogenerate and Atlas's
SQLAlchemy provider do, as one process to time:

    sqla_extract.py ROOT PACKAGE [--dialect D] [--summary FILE] [--configure]

Puts ROOT first on sys.path, imports PACKAGE with the real SQLAlchemy (so the
models' code runs), takes `PACKAGE.metadata` (else `PACKAGE.Base.metadata`)
and compiles `CreateTable(t)` for every table, in dependency order as
`metadata.create_all()` emits them, and `CreateIndex(i)` for each of its
indexes, for dialect D (postgresql by default, as schemac's). The DDL goes to
stdout, one statement each ending with ';', as Atlas's provider prints it.

--summary FILE writes {"sqlalchemy": version, "indexes": N, "counts": {table:
[columns, foreign keys, indexes, unique constraints, check constraints]}}
as JSON. --configure also runs configure_mappers() (every
relationship resolved), which the timed runs leave out: it checks the
generated models, it is not part of what Alembic or Atlas need for DDL.
SQLALCHEMY_PATH (os.pathsep-separated) is put before everything else on
sys.path, e.g. a SQLAlchemy 2.0 checkout's lib dir and typing_extensions.
"""

import argparse
import importlib
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("package")
    ap.add_argument("--dialect", default="postgresql",
                    choices=("postgresql", "mysql", "sqlite"))
    ap.add_argument("--summary")
    ap.add_argument("--configure", action="store_true")
    args = ap.parse_args()

    extra = os.environ.get("SQLALCHEMY_PATH")
    sys.path[:0] = ([p for p in extra.split(os.pathsep) if p] if extra else []) + [args.root]

    import sqlalchemy
    from sqlalchemy import CheckConstraint, UniqueConstraint
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = importlib.import_module(f"sqlalchemy.dialects.{args.dialect}").dialect()
    package = importlib.import_module(args.package)
    metadata = getattr(package, "metadata", None) or package.Base.metadata
    if args.configure:
        from sqlalchemy.orm import configure_mappers
        configure_mappers()

    out = sys.stdout
    counts = {}
    nindexes = 0
    for table in metadata.sorted_tables:
        constraints = list(table.constraints) + [k for c in table.columns for k in c.constraints]
        counts[table.fullname] = [
            len(table.columns), len(table.foreign_key_constraints), len(table.indexes),
            sum(isinstance(k, UniqueConstraint) for k in constraints),
            # Boolean / Enum CHECKs (type-bound) are left out, as the
            # dialects schemac compares with do not create them by default
            sum(isinstance(k, CheckConstraint) and not getattr(k, "_type_bound", False)
                for k in constraints)]
        out.write(str(CreateTable(table).compile(dialect=dialect)).strip() + ";\n\n")
        for index in sorted(table.indexes, key=lambda i: i.name or ""):
            out.write(str(CreateIndex(index).compile(dialect=dialect)).strip() + ";\n\n")
            nindexes += 1
    out.flush()
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump({"sqlalchemy": sqlalchemy.__version__, "indexes": nindexes,
                       "counts": counts}, f)


if __name__ == "__main__":
    main()
