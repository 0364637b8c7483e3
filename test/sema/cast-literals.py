# cast() binds a Python value with the type it casts to, and SQLAlchemy
# renders it with that type's literal processor: str(int(value)) for an
# integer, the number for a Numeric, a quoted string for a String. Where
# that raises (a str as a TIMESTAMP, an int as a Text), create_all fails;
# the analysis says so and leaves the default out.
# RUN: %schemac schema --format=ddl %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=DDL
from sqlalchemy import TIMESTAMP, Column, Integer, MetaData, Numeric, String, Table, Text, cast

metadata = MetaData()

readings = Table(
    "readings",
    metadata,
    # DDL: id SERIAL NOT NULL,
    Column("id", Integer, primary_key=True),
    # DDL: counter INTEGER DEFAULT CAST(7 AS INTEGER),
    Column("counter", Integer, server_default=cast(" 7 ", Integer)),
    # DDL: truncated INTEGER DEFAULT CAST(2 AS INTEGER),
    Column("truncated", Integer, server_default=cast(2.9, Integer)),
    # DDL: amount NUMERIC(8, 2) DEFAULT CAST(1.50 AS NUMERIC(8, 2)),
    Column("amount", Numeric(8, 2), server_default=cast("1.50", Numeric(8, 2))),
    # DDL: label VARCHAR(10) DEFAULT CAST('it''s' AS VARCHAR(10)),
    Column("label", String(10), server_default=cast("it's", String(10))),
    # CHECK: cast-literals.py:[[@LINE+2]]:5: warning: server_default of column 'stamp' cannot be evaluated (cast() of '2024-01-01' to TIMESTAMP, which SQLAlchemy renders with that type's literal processor: it raises for this value, or the analysis does not model it); it is left out
    # DDL: stamp TIMESTAMP WITHOUT TIME ZONE,
    Column("stamp", TIMESTAMP, server_default=cast("2024-01-01", TIMESTAMP)),
    # CHECK: cast-literals.py:[[@LINE+1]]:5: warning: server_default of column 'note' cannot be evaluated (cast() of 123 to Text,
    Column("note", Text, server_default=cast(123, Text)),
    # CHECK: cast-literals.py:[[@LINE+1]]:5: warning: server_default of column 'bad' cannot be evaluated (cast() of 'x' to Integer,
    Column("bad", Integer, server_default=cast("x", Integer)),
)
