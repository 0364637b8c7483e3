from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from sqlalchemy import DateTime, MetaData, Numeric, String, func
from sqlalchemy.orm import DeclarativeBase, MappedAsDataclass, mapped_column

Str80 = Annotated[str, mapped_column(String(80))]
Str200 = Annotated[str, mapped_column(String(200))]
Price = Annotated[Decimal, mapped_column(Numeric(10, 2))]
CreatedAt = Annotated[
    datetime.datetime,
    mapped_column(DateTime(timezone=True), server_default=func.now()),
]


class Base(MappedAsDataclass, DeclarativeBase):
    """Dataclass-style declarative base: models get __init__/__repr__/__eq__."""

    metadata = MetaData(naming_convention={"pk": "%(table_name)s_pkey",
                                           "fk": "%(table_name)s_%(column_0_name)s_fkey",
                                           "uq": "%(table_name)s_%(column_0_N_name)s_key",
                                           "ix": "%(table_name)s_%(column_0_N_name)s_idx"})
    type_annotation_map = {str: String(255)}
