#!/usr/bin/env python3
"""What a tool that imports the models does to answer "what references this
column": the baseline of lineage_bench.py.

    sqla_lineage.py ROOT PACKAGE TABLE.COLUMN

Puts ROOT first on sys.path, imports PACKAGE with the real SQLAlchemy, takes
its MetaData and prints, one per line, every column whose foreign keys reach
TABLE.COLUMN, directly or through other foreign keys.
"""

import importlib
import sys


def main():
    root, package, target = sys.argv[1:4]
    sys.path.insert(0, root)
    mod = importlib.import_module(package)
    metadata = getattr(mod, "metadata", None) or mod.Base.metadata
    referencing = {}
    for table in metadata.tables.values():
        for fk in table.foreign_keys:
            key = f"{fk.column.table.name}.{fk.column.name}"
            referencing.setdefault(key, []).append(f"{table.name}.{fk.parent.name}")
    seen, todo = set(), [target]
    while todo:
        for c in referencing.get(todo.pop(), []):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    print("\n".join(sorted(seen)))


if __name__ == "__main__":
    main()
