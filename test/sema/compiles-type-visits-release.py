# The visits a @compiles function may call are those the dialect's type
# compiler has in the release the models run on: SQLite's has visit_UUID()
# in 2.0, not in 1.4 (AttributeError there, reported). visit_real() renders
# REAL, visit_user_defined() the type's get_col_spec(), and
# visit_type_decorator() the decorator's impl. Expected DDL from SQLAlchemy
# 2.0.52; 1.4.46 raises for Token's function and writes the rest alike.
# RUN: %schemac schema --sqlalchemy=2.0 --dialect=sqlite --format=ddl %s 2>%t.err20 | FileCheck %s --check-prefixes=CHECK,V20
# RUN: FileCheck %s --check-prefix=DIAG20 --allow-empty --implicit-check-not=warning: < %t.err20
# RUN: %schemac schema --sqlalchemy=1.4 --dialect=sqlite --format=ddl %s 2>%t.err14 | FileCheck %s --check-prefixes=CHECK,V14
# RUN: FileCheck %s --check-prefix=DIAG14 --implicit-check-not=warning: < %t.err14
# CHECK: at POINT,
# CHECK-NEXT: ratio REAL,
# CHECK-NEXT: amount NUMERIC(12, 2),
# V20-NEXT: token UUID,
# V14-NEXT: token VARCHAR(36),
# DIAG20-NOT: warning
# DIAG14: compiles-type-visits-release.py:[[@LINE+44]]:1: warning: @compiles function 'token_on_sqlite' cannot be evaluated on sqlite (the sqlite type compiler has no visit_UUID()); Token is rendered there as without it
import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Money(sa.types.TypeDecorator):
    impl = sa.Numeric(12, 2)
    cache_ok = True


class Point(sa.types.UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw):
        return "POINT"


class Amount(sa.String):
    pass


class Token(sa.String):
    pass


@compiles(Point, "sqlite")
def point_on_sqlite(type_, compiler, **kw):
    return compiler.visit_user_defined(type_, **kw)


@compiles(sa.Float, "sqlite")
def float_on_sqlite(type_, compiler, **kw):
    return compiler.visit_real(type_, **kw)


@compiles(Amount, "sqlite")
def amount_on_sqlite(type_, compiler, **kw):
    return compiler.visit_type_decorator(Money(), **kw)


@compiles(Token, "sqlite")
def token_on_sqlite(type_, compiler, **kw):
    return compiler.visit_UUID(type_, **kw)


class Place(Base):
    __tablename__ = "places"
    id = sa.Column(sa.Integer, primary_key=True)
    at = sa.Column(Point)
    ratio = sa.Column(sa.Float)
    amount = sa.Column(Amount(5))
    token = sa.Column(Token(36))
