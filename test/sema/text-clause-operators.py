# text() makes a TextClause, which has no SQL operators: text("1") + 1 raises
# TypeError in SQLAlchemy. The analysis does not make an expression of it;
# literal_column() has them.
# RUN: %schemac schema --format=ddl %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=DDL
from sqlalchemy import Column, Integer, MetaData, Table, literal_column, text

metadata = MetaData()

t = Table(
    "t",
    metadata,
    Column("id", Integer, primary_key=True),
    # CHECK: text-clause-operators.py:[[@LINE+2]]:5: warning: server_default of column 'v' cannot be evaluated (unsupported operands); it is left out
    # DDL: v INTEGER,
    Column("v", Integer, server_default=text("1") + 1),
    # DDL: w INTEGER DEFAULT 1 + 1,
    Column("w", Integer, server_default=literal_column("1") + 1),
)
