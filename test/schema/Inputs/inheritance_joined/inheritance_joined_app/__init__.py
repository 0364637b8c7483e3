"""Joined-table inheritance (SQLAlchemy 1.4 declarative)."""
from .base import Base
from . import people, assets  # noqa: F401  (registers the mappers)
