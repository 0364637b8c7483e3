# Index.ddl_if(dialect=...) (SQLAlchemy 2.0): the MetaData holds the index
# on every dialect, as the schema document says; create_all() makes it only
# on those named, as the DDL says. Checked against SQLAlchemy 2.0.52.
# RUN: %schemac schema --format=json %s 2>/dev/null | %python -c "import json,sys; print([i['name'] for t in json.load(sys.stdin)['tables'] for i in t['indexes']])" | FileCheck %s --check-prefix=JSON
# RUN: %schemac schema --dialect=postgresql --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=PG --implicit-check-not=INDEX
# RUN: %schemac schema --dialect=sqlite --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=SQLITE --implicit-check-not=INDEX
# JSON: ['ix_flow_note', 'ix_flow_tags', 'trgm_ix_flow_name']
# PG: CREATE INDEX ix_flow_note ON flows (note);
# PG: CREATE INDEX trgm_ix_flow_name ON flows
# SQLITE: CREATE INDEX ix_flow_note ON flows (note);
# SQLITE: CREATE INDEX ix_flow_tags ON flows (tags);
# A callable_ and a constraint's ddl_if() are not evaluated, and say so.
# RUN: %schemac schema --format=json %s 2>&1 >/dev/null | FileCheck %s --check-prefix=DIAG
# DIAG: index-ddl-if.py:[[@LINE+19]]:9: warning: ddl_if(callable_=...) is not evaluated; the analysis creates the index on every dialect
# DIAG: index-ddl-if.py:[[@LINE+19]]:9: warning: ddl_if() on a constraint is not evaluated; the analysis creates the constraint on every dialect
import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Flow(Base):
    __tablename__ = "flows"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(40))
    tags: Mapped[str] = mapped_column(sa.String(40))
    note: Mapped[str] = mapped_column(sa.String(40))
    __table_args__ = (
        sa.Index("trgm_ix_flow_name", "name", postgresql_using="gin").ddl_if(dialect="postgresql"),
        sa.Index("ix_flow_tags", "tags").ddl_if(dialect=("mysql", "sqlite")),
        sa.Index("ix_flow_note", "note").ddl_if(callable_=lambda *a, **kw: True),
        sa.CheckConstraint("tags <> ''", name="ck_tags").ddl_if(dialect="postgresql"),
    )
