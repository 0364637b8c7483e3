# sqlalchemy.engine.interfaces, where SQLAlchemy defines Dialect (Home
# Assistant's recorder imports it from there for its annotations), is a
# module of the stubs: no warning, and a TypeDecorator's dialect is one.
# RUN: %schemac schema --sqlalchemy=2.0 --format=ddl --dialect=mysql %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: name VARCHAR(40)
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class Base(DeclarativeBase):
    pass


class Upper(TypeDecorator):
    impl = String(20)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "mysql":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(String(20))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return value.upper() if value else value


class Thing(Base):
    __tablename__ = "things"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Upper())
