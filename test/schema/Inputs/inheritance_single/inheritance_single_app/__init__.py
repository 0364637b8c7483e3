"""Single-table inheritance: several classes share one table."""
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
