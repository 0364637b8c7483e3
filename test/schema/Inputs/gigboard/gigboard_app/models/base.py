import datetime
import enum
from typing import Annotated

from sqlalchemy import Enum, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, declared_attr, mapped_column

str_50 = Annotated[str, mapped_column(String(50))]
str_200 = Annotated[str, mapped_column(String(200))]
url = Annotated[str, mapped_column(String(2048))]
timestamp = Annotated[
    datetime.datetime,
    mapped_column(server_default=func.CURRENT_TIMESTAMP()),
]


class Base(MappedAsDataclass, DeclarativeBase):
    """Models are dataclasses; columns with no default must come first."""

    type_annotation_map = {
        str: String(255),
        enum.Enum: Enum(enum.Enum, native_enum=False, length=24),
    }


class IdMixin(MappedAsDataclass):
    id: Mapped[int] = mapped_column(primary_key=True, init=False)


class CompanyScoped(MappedAsDataclass):
    @declared_attr
    def company_id(cls) -> Mapped[int]:
        from sqlalchemy import ForeignKey
        return mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True, kw_only=True)
