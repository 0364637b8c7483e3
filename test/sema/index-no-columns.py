# mlflow's trace_tags: Index(f"index_{__tablename__}_request_id") in
# __table_args__ names no columns. SQLAlchemy keeps it on the table, and
# create_all emits a CREATE INDEX that lists none (checked with 1.4, every
# dialect), which the database rejects: kept and warned, never dropped.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=ddl --dialect=postgresql %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class TraceTag(Base):
    __tablename__ = "trace_tags"
    key = sa.Column(sa.String(250), primary_key=True)
    request_id = sa.Column(sa.String(50), primary_key=True)
    __table_args__ = (sa.Index(f"index_{__tablename__}_request_id"),)
    # CHECK: [[@LINE-1]]:23: warning: index 'index_trace_tags_request_id' names no columns; SQLAlchemy keeps it, and its CREATE INDEX, which lists none, fails on every database


# A Core table's the same. An index naming a column the table lacks is
# another matter: SQLAlchemy raises (KeyError; 2.0's
# ConstraintColumnNotFoundError) as it attaches it, and so does it for the
# constraints (both releases checked).
core = sa.Table(
    "core",
    Base.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Index("ix_core_nothing"),
    # CHECK: [[@LINE-1]]:5: warning: index 'ix_core_nothing' names no columns
    sa.Index("ix_core_missing", "no_such_column"),
    # CHECK: [[@LINE-1]]:5: warning: table 'core' has no column named 'no_such_column' where this Index is given: SQLAlchemy cannot create it (KeyError, ConstraintColumnNotFoundError under 2.0) and raises; the analysis leaves it out
    sa.UniqueConstraint("id", "nope"),
    # CHECK: [[@LINE-1]]:5: warning: table 'core' has no column named 'nope' where this UniqueConstraint is given: SQLAlchemy cannot create it
    sa.PrimaryKeyConstraint("pk_nope"),
    # CHECK: [[@LINE-1]]:5: warning: table 'core' has no column named 'pk_nope' where this PrimaryKeyConstraint is given: SQLAlchemy cannot create it
    sa.ForeignKeyConstraint(["fk_nope"], ["trace_tags.key"]),
    # CHECK: [[@LINE-1]]:5: warning: table 'core' has no column named 'fk_nope' where this ForeignKeyConstraint is given: SQLAlchemy cannot create it
)

# Table() attaches its arguments in order: a constraint or index naming a
# column given after it raises the same (checked with 1.4); a check
# constraint does not name columns, and stays, in the DDL where SQLAlchemy
# puts it (checked: CreateTable, 1.4).
later = sa.Table(
    "later",
    Base.metadata,
    sa.UniqueConstraint("code"),
    # CHECK: [[@LINE-1]]:5: warning: table 'later' has no column named 'code' where this UniqueConstraint is given: SQLAlchemy cannot create it
    sa.Index("ix_later_code", "code"),
    # CHECK: [[@LINE-1]]:5: warning: table 'later' has no column named 'code' where this Index is given
    sa.CheckConstraint("code <> ''"),
    sa.Column("code", sa.String(10), primary_key=True),
    sa.UniqueConstraint("code", name="uq_later_code"),
)

# CHECK: CREATE TABLE core (
# CHECK-NEXT: id SERIAL NOT NULL,
# CHECK-NEXT: PRIMARY KEY (id)
# CHECK-NEXT: );
# CHECK-EMPTY:
# CHECK-NEXT: CREATE INDEX ix_core_nothing ON core ();
# CHECK: CREATE TABLE later (
# CHECK-NEXT: code VARCHAR(10) NOT NULL,
# CHECK-NEXT: PRIMARY KEY (code),
# CHECK-NEXT: CHECK (code <> ''),
# CHECK-NEXT: CONSTRAINT uq_later_code UNIQUE (code)
# CHECK-NEXT: );
# CHECK-EMPTY:
# CHECK: CREATE INDEX index_trace_tags_request_id ON trace_tags ();

# JSON:      "name": "index_trace_tags_request_id",
# JSON-NEXT: "columns": [],
# JSON-NEXT: "unique": false
