# A SQLModel base's Field(sa_column=Column(...)) is one Column object for
# every table class under it: SQLModel on pydantic 1 deep-copies the field
# for each class, and each table has the column; on pydantic 2 SQLAlchemy
# raises for the second table. The warning says both; each table gets a
# copy. (Checked with Debian's SQLModel 0.0.8 and pydantic 1.10.)
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from typing import Optional

from sqlalchemy import Column, String
from sqlmodel import Field, SQLModel


class Named(SQLModel):
    # CHECK: sqlmodel-shared-sa-column.py:[[@LINE+1]]:5: warning: field 'name' gives its sa_column to table 'author' already: SQLModel on pydantic 1 copies it for each table, and on pydantic 2 SQLAlchemy raises ("already assigned to Table"); the analysis gives each table a copy
    name: str = Field(sa_column=Column(String(50), nullable=False))


class Author(Named, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)


class Editor(Named, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)


# SCHEMA: table author
# SCHEMA-NEXT: name VARCHAR(50) not null
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA: table editor
# SCHEMA-NEXT: name VARCHAR(50) not null
# SCHEMA-NEXT: id INTEGER primary key not null
