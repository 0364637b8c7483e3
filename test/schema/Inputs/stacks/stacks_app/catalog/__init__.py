"""Catalogue models.  Importing the package imports every module."""
from . import base, items, patrons, holds  # noqa: F401
from .base import Base  # noqa: F401
