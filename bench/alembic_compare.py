#!/usr/bin/env python3
"""The import-based way to see a schema change, as Alembic autogenerate does
it, as one process to time:

    alembic_compare.py OLD_ROOT NEW_ROOT PACKAGE

Imports PACKAGE from OLD_ROOT (a child process) and creates its tables in a
SQLite database, then imports PACKAGE from NEW_ROOT and runs Alembic's
compare_metadata (compare_type and compare_server_default on) against that
database. Prints the changes, one per line, and their count last. Needs
Debian's python3-sqlalchemy (1.4) and python3-alembic.
"""

import importlib
import os
import subprocess
import sys
import tempfile


def metadata_of(root, package):
    sys.path.insert(0, root)
    module = importlib.import_module(package)
    md = getattr(module, "metadata", None) or module.Base.metadata
    return md


def main():
    old_root, new_root, package = sys.argv[1:4]
    if len(sys.argv) > 4 and sys.argv[4] == "--create":
        from sqlalchemy import create_engine
        md = metadata_of(old_root, package)
        md.create_all(create_engine("sqlite:///" + new_root))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "old.db")
        subprocess.run([sys.executable, "-B", __file__, old_root, db, package, "--create"],
                       check=True)
        from alembic.autogenerate import compare_metadata
        from alembic.migration import MigrationContext
        from sqlalchemy import create_engine
        md = metadata_of(new_root, package)
        with create_engine("sqlite:///" + db).connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True})
            diffs = compare_metadata(ctx, md)
    for d in diffs:
        print(d)
    print(len(diffs))


if __name__ == "__main__":
    main()
