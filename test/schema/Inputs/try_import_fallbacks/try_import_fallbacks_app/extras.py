"""A module that imports a library the analysis does not resolve (but
which is installed), imported from inside a try: its import is taken as
installed, the module runs whole, and the importer's handler does not."""
import flask  # noqa: F401
from sqlalchemy import Column, Integer, String

from .base import Base


class Extra(Base):
    __tablename__ = "extras"
    id = Column(Integer, primary_key=True)
    label = Column(String(40))
