from __future__ import annotations

import datetime
from typing import Any, Annotated

from sqlalchemy import BigInteger, DateTime, JSON, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, mapped_column

from ..settings import SHA_LENGTH

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# reusable annotated column types
intpk = Annotated[int, mapped_column(primary_key=True)]
str64 = Annotated[str, 64]
str255 = Annotated[str, 255]
sha = Annotated[str, mapped_column(String(SHA_LENGTH), index=True)]
created_at = Annotated[
    datetime.datetime, mapped_column(server_default=func.now())
]


class Base(DeclarativeBase):
    metadata = metadata
    type_annotation_map = {
        str64: String(64),
        str255: String(255),
        datetime.datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
        int: BigInteger,
    }

    def __repr__(self) -> str:
        pk = getattr(self, "id", None)
        return f"<{type(self).__name__} id={pk!r}>"
