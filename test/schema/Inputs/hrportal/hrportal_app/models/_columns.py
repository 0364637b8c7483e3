"""Column factories shared by the HR models."""
import uuid
from datetime import datetime

from sqlalchemy import Column, DateTime, ForeignKey, Integer, Numeric, String

from ..compat import UUIDType

__all__ = ["id_column", "uuid_column", "money", "fk_column", "created_column", "name_column"]


def id_column():
    return Column(Integer, primary_key=True, autoincrement=True)


def uuid_column(**kw):
    return Column(UUIDType, default=lambda: str(uuid.uuid4()), unique=True, nullable=False, **kw)


def money(nullable=False, **kw):
    return Column(Numeric(12, 2), nullable=nullable, **kw)


def fk_column(target, nullable=False, ondelete=None, **kw):
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, **kw)


def created_column():
    return Column(DateTime, default=datetime.utcnow, nullable=False)


def name_column(length=100, **kw):
    kw.setdefault("nullable", False)
    return Column(String(length), **kw)
