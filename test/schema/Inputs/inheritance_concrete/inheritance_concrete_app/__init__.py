"""Concrete-table inheritance: every class has a complete table of its own."""
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
