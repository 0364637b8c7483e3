"""Reusable annotated column types (the pattern from the SQLAlchemy 2.0 docs)."""
import datetime
import enum
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import JSON, BigInteger, DateTime, Enum, ForeignKey, Numeric, String, func
from sqlalchemy.orm import mapped_column

# plain markers, resolved through Base.type_annotation_map
str30 = Annotated[str, 30]
str50 = Annotated[str, 50]
money = Annotated[Decimal, "money"]

# markers carrying a mapped_column() whose arguments become the column's defaults
intpk = Annotated[int, mapped_column(primary_key=True)]
bigpk = Annotated[int, mapped_column(BigInteger, primary_key=True)]
timestamp = Annotated[
    datetime.datetime,
    mapped_column(nullable=False, server_default=func.CURRENT_TIMESTAMP()),
]
required_name = Annotated[str, mapped_column(String(30), nullable=False)]
venue_fk = Annotated[int, mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"))]


class Visibility(enum.Enum):
    PUBLIC = "public"
    UNLISTED = "unlisted"
    DRAFT = "draft"


TYPE_MAP = {
    str: String(255),
    str30: String(30),
    str50: String(50),
    money: Numeric(12, 4),
    datetime.datetime: DateTime(timezone=True),
    dict[str, Any]: JSON,
    Visibility: Enum(Visibility, native_enum=False, length=16),
}
