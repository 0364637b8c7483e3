# An index's dialect options go into its CREATE INDEX (test/schema's
# index_options case checks the DDL against SQLAlchemy). An option the
# dialect does not have, which SQLAlchemy rejects, and a value the analysis
# cannot see are reported and left out; the IR lists the rest.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac dump-ir %s 2>/dev/null | FileCheck %s --check-prefix=IR
# RUN: %schemac schema --format=ddl --dialect=postgresql %s 2>/dev/null | FileCheck %s --check-prefix=PG
from sqlalchemy import Column, Index, Integer, String
from sqlalchemy.orm import declarative_base

from settings import FILLFACTOR

Base = declarative_base()


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    name = Column(String(40))
    __table_args__ = (
        Index("ix_tags_name", "name", postgresql_using="gin", postgresql_usin="gist"),
        Index("ix_tags_id", "id", postgresql_with={"fillfactor": FILLFACTOR}, mssql_clustered=True),
        Index("ix_tags_lower", "name", sqlite_where=FILLFACTOR, postgresql_include=("id",)),
        Index("ix_tags_live", "name", postgresql_where="id > 0", sqlite_where="id > 0"),
    )


# CHECK: index-options.py:11:1: warning: cannot resolve import of 'settings'
# CHECK: index-options.py:21:9: warning: 'postgresql_usin' is not an index option of SQLAlchemy's postgresql dialect, which raises ArgumentError; it is left out
# CHECK: index-options.py:22:9: warning: postgresql_with of index 'ix_tags_id' cannot be evaluated
# CHECK: index-options.py:23:9: warning: sqlite_where of index 'ix_tags_lower' cannot be evaluated
# CHECK: index-options.py:24:9: warning: sqlite_where of index 'ix_tags_live' is a str, which SQLAlchemy's SQLite compiler cannot render (AttributeError)
# IR: index @ix_tags_name (@name) {postgresql_using = "gin"} loc(
# IR-NEXT: index @ix_tags_id (@id) loc(
# IR-NEXT: index @ix_tags_lower (@name) {postgresql_include = "id"} loc(
# PG: CREATE INDEX ix_tags_id ON tags (id);
# PG: CREATE INDEX ix_tags_live ON tags (name) WHERE id > 0;
# PG: CREATE INDEX ix_tags_lower ON tags (name) INCLUDE (id);
# PG: CREATE INDEX ix_tags_name ON tags USING gin (name);
