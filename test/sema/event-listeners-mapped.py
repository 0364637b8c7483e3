# SQLAlchemy 2.0: a type's attach listeners run for a mapped_column() too,
# whether the type is given or comes from the registry's
# type_annotation_map (the mapping sets it on the column, which then
# attaches to its table). Expected: SQLAlchemy 2.0.52.
# RUN: %schemac schema --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: table a
# CHECK: check valid_enum_k1 (k1 IN (1, 2))
# CHECK-NEXT: check valid_enum_k2 (k2 IN (1, 2))
# CHECK-NEXT: check valid_enum_k3_col (k3_col IN (1, 2))
import enum
from sqlalchemy import SmallInteger, CheckConstraint, type_coerce
from sqlalchemy.types import TypeDecorator
from sqlalchemy.event import listens_for
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class PyIntEnum(TypeDecorator):
    impl = SmallInteger
    cache_ok = True
    def __init__(self, enum=None):
        self.enum = enum
        super().__init__()

@listens_for(PyIntEnum, "before_parent_attach")
def _type_attached(type_, col):
    @listens_for(col, "after_parent_attach")
    def _col_attached(col, table):
        CheckConstraint(type_coerce(col, type_).in_(x.value for x in type_.enum), f"valid_enum_{col.name}")

class Kind(enum.IntEnum):
    a = 1
    b = 2

class Base(DeclarativeBase):
    type_annotation_map = {Kind: PyIntEnum(Kind)}

class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    k1: Mapped[Kind] = mapped_column(PyIntEnum(Kind))
    k2: Mapped[Kind]
    k3: Mapped[Kind] = mapped_column("k3_col")
