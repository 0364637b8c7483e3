import datetime
import re
from decimal import Decimal

from sqlalchemy import DateTime, Numeric, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def snake_case(name: str) -> str:
    """PlateWell -> plate_well"""
    return _CAMEL.sub("_", name).lower()


class Base(DeclarativeBase):
    type_annotation_map = {
        Decimal: Numeric(12, 4),
        datetime.datetime: DateTime(timezone=False),
    }


class TableNameMixin:
    @declared_attr.directive
    def __tablename__(cls) -> str:
        return snake_case(cls.__name__)


class AuditMixin:
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now(), sort_order=100)
    updated_at: Mapped[datetime.datetime] = mapped_column(
        server_default=func.now(), onupdate=func.now(), sort_order=101
    )

    @declared_attr
    def created_by(cls) -> Mapped[str]:
        return mapped_column(String(64), nullable=False, default="system", sort_order=102)


class SurrogatePK:
    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)
