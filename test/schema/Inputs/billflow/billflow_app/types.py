"""Annotated column aliases shared by every model module."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import BigInteger, DateTime, JSON, Numeric, String, func
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import mapped_column

# plain aliases: the registry's type_annotation_map gives them their SQL type
str32 = Annotated[str, 32]
str120 = Annotated[str, 120]
money = Annotated[Decimal, "money"]
json_doc = Annotated[dict[str, Any], "json"]

# aliases that carry a whole mapped_column()
intpk = Annotated[int, mapped_column(primary_key=True)]
bigpk = Annotated[int, mapped_column(BigInteger, primary_key=True)]
created_ts = Annotated[dt.datetime, mapped_column(server_default=func.now())]
updated_ts = Annotated[dt.datetime, mapped_column(server_default=func.now(), onupdate=func.now())]

TYPE_MAP = {
    str: String(255),
    str32: String(32),
    str120: String(120),
    dt.datetime: DateTime(timezone=True),
    Decimal: Numeric(18, 6),
    money: Numeric(12, 2),
    json_doc: JSON().with_variant(postgresql.JSONB(), "postgresql"),
    dict[str, Any]: JSON,
}
