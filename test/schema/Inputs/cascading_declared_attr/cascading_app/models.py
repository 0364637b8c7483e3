"""declared_attr.cascading: the mixin's function runs for every mapped
class of the hierarchy, joined subclasses too."""
from typing import Optional

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    has_inherited_table,
    mapped_column,
)


class Base(DeclarativeBase):
    pass


class HasId:
    @declared_attr.cascading
    def id(cls) -> Mapped[int]:
        if has_inherited_table(cls):
            return mapped_column(ForeignKey("employees.id"), primary_key=True)
        return mapped_column(Integer, primary_key=True)


class Tracked:
    @declared_attr.cascading
    def touched_by(cls) -> Mapped[Optional[int]]:
        return mapped_column(Integer)

    @declared_attr
    def note(cls) -> Mapped[Optional[str]]:
        # Not cascading: the first mapped class's alone.
        return mapped_column(String(100))


class Employee(HasId, Tracked, Base):
    __tablename__ = "employees"
    kind: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "employee"}


class Engineer(Employee):
    __tablename__ = "engineers"
    language: Mapped[str] = mapped_column(String(30))
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Manager(Employee):
    __tablename__ = "managers"
    reports: Mapped[int] = mapped_column(Integer)
    __mapper_args__ = {"polymorphic_identity": "manager"}
