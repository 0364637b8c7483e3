# SQLAlchemy 2.0 reads the return annotation of a mixin's declared_attr, not
# of one on the mapped class itself (its _scan_attributes collects the
# mixins' alone): there a relationship's uselist follows its direction
# (polar's Benefit.grants). Expected: SQLAlchemy 2.0.52.
# RUN: %schemac dump-ir --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class KidsMixin:
    @declared_attr
    def m_kids_str(cls) -> Mapped["list[Child]"]:
        return relationship("Child", viewonly=True)

    @declared_attr
    def m_kids_single(cls) -> Mapped["Child"]:
        return relationship("Child", viewonly=True)


class Parent(KidsMixin, Base):
    __tablename__ = "parent"
    id: Mapped[int] = mapped_column(primary_key=True)

    @declared_attr
    def kids_str(cls) -> Mapped["list[Child]"]:
        return relationship("Child", viewonly=True)

    @declared_attr
    def kids_single(cls) -> Mapped["Child"]:
        return relationship("Child", viewonly=True)

    @declared_attr
    def kids_list(cls) -> Mapped[list["Child"]]:
        return relationship("Child", viewonly=True)


class Child(Base):
    __tablename__ = "child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))

    @declared_attr
    def parents(cls) -> Mapped[list["Parent"]]:
        return relationship("Parent", viewonly=True)


# CHECK-DAG: relationship @parents -> "declared-attr-annotation.Parent" {uselist = false}
# CHECK-DAG: relationship @kids_list -> "declared-attr-annotation.Child" {uselist = true}
# CHECK-DAG: relationship @kids_single -> "declared-attr-annotation.Child" {uselist = true}
# CHECK-DAG: relationship @kids_str -> "declared-attr-annotation.Child" {uselist = true}
# CHECK-DAG: relationship @m_kids_single -> "declared-attr-annotation.Child" {uselist = false}
# CHECK-DAG: relationship @m_kids_str -> "declared-attr-annotation.Child" {uselist = false}
