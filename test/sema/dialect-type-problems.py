# A column type SQLAlchemy cannot render on the dialect asked for, where
# its create_all() raises (a VARCHAR without a length on MySQL, a nameless
# ENUM on PostgreSQL, JSONB or ARRAY off PostgreSQL), is a warning at the
# column, printed with its source and kept in the document's diagnostics;
# the type is rendered as the warning says.
# RUN: %schemac schema --dialect=postgresql --format=json %s 2>%t.pg | %python -c "import json,sys; print([d['message'][:40] for d in json.load(sys.stdin)['diagnostics'] if d['severity'] == 'warning'])" | FileCheck %s --check-prefix=PG-JSON
# RUN: FileCheck %s --check-prefix=PG --implicit-check-not=warning: < %t.pg
# RUN: %schemac schema --dialect=mysql --format=ddl %s 2>&1 >/dev/null | FileCheck %s --check-prefix=MYSQL --implicit-check-not=warning:
# PG-JSON: ["type of column 'people.gender': SQLAlche"]
# PG: note: no SQLAlchemy requirement found
# PG: dialect-type-problems.py:[[@LINE+21]]:5: warning: type of column 'people.gender': SQLAlchemy raises CompileError for sqlalchemy.Enum on postgresql (PostgreSQL Enum type requires a name.); rendered as VARCHAR(6)
# PG-NEXT: gender = sa.Column(sa.Enum("female", "male"))
# PG-NEXT: ^
# MYSQL: note: no SQLAlchemy requirement found
# MYSQL: dialect-type-problems.py:[[@LINE+16]]:5: warning: type of column 'people.name': SQLAlchemy raises CompileError for sqlalchemy.String on mysql (VARCHAR requires a length on dialect mysql); rendered as VARCHAR
# MYSQL: dialect-type-problems.py:[[@LINE+17]]:5: warning: type of column 'people.settings': SQLAlchemy can't render postgresql.JSONB on mysql (UnsupportedCompilationError); rendered as its generic type, JSON
# MYSQL: dialect-type-problems.py:[[@LINE+17]]:5: warning: type of column 'people.tags': SQLAlchemy can't render ARRAY on mysql; rendered as PostgreSQL writes an array
# An array fails as an array off PostgreSQL, whatever its item type.
# MYSQL: dialect-type-problems.py:[[@LINE+16]]:5: warning: type of column 'people.links': SQLAlchemy can't render ARRAY on mysql; rendered as PostgreSQL writes an array
# MYSQL: dialect-type-problems.py:[[@LINE+16]]:5: warning: type of column 'people.keys': SQLAlchemy can't render ARRAY on mysql; rendered as PostgreSQL writes an array
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Person(Base):
    __tablename__ = "people"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String())
    gender = sa.Column(sa.Enum("female", "male"))
    settings = sa.Column(postgresql.JSONB)
    tags = sa.Column(sa.ARRAY(sa.String(10)))
    links = sa.Column(sa.ARRAY(sa.String()))
    keys = sa.Column(postgresql.ARRAY(postgresql.JSONB))
