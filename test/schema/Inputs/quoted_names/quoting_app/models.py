"""Names the dialects quote inside SQL the models write as expressions: a
reserved word, a mixed-case name; and BLANK_SCHEMA under a MetaData with a
schema."""
import enum

from sqlalchemy import (
    BLANK_SCHEMA,
    Boolean,
    CheckConstraint,
    Column,
    Enum,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = MetaData(schema="ops")


class Level(enum.Enum):
    low = 1
    high = 2


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    order: Mapped[str] = mapped_column(
        Enum("x", "y", native_enum=False, create_constraint=True, name="order_kind")
    )
    isActive: Mapped[bool] = mapped_column(Boolean(create_constraint=True, name="ck_is_active"))
    userName: Mapped[str] = mapped_column(String(20))
    level: Mapped[Level] = mapped_column(Enum(Level, native_enum=False, create_constraint=True))
    group: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_accounts_lower_name", func.lower(userName)),
        Index(
            "ix_accounts_active_group",
            "group",
            postgresql_where=isActive == True,  # noqa: E712
            sqlite_where=group > 0,
        ),
        CheckConstraint(isActive != None, name="ck_active_set"),  # noqa: E711
        CheckConstraint((group >= 0) & (userName != ""), name="ck_group_name"),
        {"schema": BLANK_SCHEMA},
    )


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)


audit = Table(
    "audit",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("Where", String(40)),
    CheckConstraint("length(\"Where\") > 0", name="ck_audit_where"),
    schema=BLANK_SCHEMA,
)
