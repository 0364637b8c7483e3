import datetime
import uuid
from typing import Any

from sqlalchemy import DateTime, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase

from .types import JsonDoc, string_list


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention={
        "pk": "%(table_name)s_pkey",
        "fk": "%(table_name)s_%(column_0_name)s_fkey",
        "ix": "%(table_name)s_%(column_0_name)s_idx",
        "uq": "%(table_name)s_%(column_0_name)s_key",
    })
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime.datetime: DateTime(timezone=True),
        dict[str, Any]: JsonDoc,
        list[str]: string_list(),
    }
