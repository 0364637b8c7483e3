# relationship(back_populates="x") needs a relationship x on the target
# class: SQLAlchemy raises InvalidRequestError as it configures the
# mappers. One made by a backref, inherited from a mapped parent, or on a
# mixin counts; so does any attribute of that name the analysis cannot see
# into.
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from typing import List

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class OwnedMixin:
    @declared_attr
    def owner(cls) -> Mapped["Parent"]:
        return relationship("Parent")


class Parent(Base):
    __tablename__ = "parent"
    id: Mapped[int] = mapped_column(primary_key=True)
    children: Mapped[List["Child"]] = relationship(back_populates="parent")
    # CHECK: back-populates.py:[[@LINE+1]]:5: error: relationship 'orphans' of 'Parent' has back_populates='nope', and 'Child' has no relationship 'nope': SQLAlchemy raises as it configures the mappers (InvalidRequestError)
    orphans: Mapped[List["Child"]] = relationship(back_populates="nope", viewonly=True)
    pets = relationship("Pet", backref="keeper")
    # 'keeper' is the backref Parent.pets makes on Pet.
    pets_again = relationship("Pet", back_populates="keeper", viewonly=True)
    # 'owner' comes from OwnedMixin's declared_attr.
    items: Mapped[List["Item"]] = relationship(back_populates="owner", viewonly=True)
    kids: Mapped[List["Kid"]] = relationship(back_populates="parent", viewonly=True)


class Child(Base):
    __tablename__ = "child"
    kind: Mapped[str] = mapped_column(String(10))
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))
    parent: Mapped["Parent"] = relationship(back_populates="children")
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "child"}


class Kid(Child):
    # Inherits Child.parent.
    __mapper_args__ = {"polymorphic_identity": "kid"}


class Pet(Base):
    __tablename__ = "pet"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))


class Item(OwnedMixin, Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))
