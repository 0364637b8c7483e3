# A type class of the project that SQLAlchemy's compilers cannot render --
# its __visit_name__ names a visit_*() no dialect has, or it has none --
# makes create_all() raise where no @compiles function renders it: a
# warning at the first column of that type, once per class, and the type is
# rendered as the class's name, not as the library class it derives from.
# Visits SQLAlchemy has (a generic lower-case one, a dialect's JSONB) and
# types a @compiles function renders, even one registered late, are no
# such warning.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning
from sqlalchemy import Column, Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeEngine

Base = declarative_base()


class Comparable:
    pass


class Money(TypeEngine):
    __visit_name__ = "MONEY_AMOUNT"


class Point(Comparable, TypeEngine):
    pass


class ShortCode(String):
    __visit_name__ = "SHORTCODE"


class Jsonb(TypeEngine):
    __visit_name__ = "JSONB"


class Label(String):
    __visit_name__ = "string"


class Ltree(TypeEngine):
    __visit_name__ = "LTREE"


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    balance = Column(Money)
    limit = Column(Money)
    location = Column(Point)
    code = Column(ShortCode(8))
    doc = Column(Jsonb)
    label = Column(Label(20))
    path = Column(Ltree)


@compiles(Ltree)
def compile_ltree(element, compiler, **kw):
    return "LTREE"

# CHECK: type-without-rendering.py:[[@LINE-13]]:5: warning: SQLAlchemy cannot render type Money (no dialect's compiler has a visit_MONEY_AMOUNT()) and no @compiles function does: create_all() raises for this column; it is rendered as the class's name
# CHECK: type-without-rendering.py:[[@LINE-12]]:5: warning: SQLAlchemy cannot render type Point (it has no __visit_name__) and no @compiles function does
# CHECK: type-without-rendering.py:[[@LINE-12]]:5: warning: SQLAlchemy cannot render type ShortCode (no dialect's compiler has a visit_SHORTCODE())
# CHECK: type-without-rendering.py:[[@LINE-10]]:5: warning: a @compiles function for Ltree is registered after this column was mapped
# CHECK: CREATE TABLE accounts (
# CHECK-NEXT: id SERIAL NOT NULL,
# CHECK-NEXT: balance MONEY,
# CHECK-NEXT: "limit" MONEY,
# CHECK-NEXT: location POINT,
# CHECK-NEXT: code SHORTCODE,
# CHECK-NEXT: doc JSONB,
# CHECK-NEXT: label VARCHAR(20),
