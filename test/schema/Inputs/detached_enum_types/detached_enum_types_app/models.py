"""Enum types a MetaData creates with no column to show for them: one made
with metadata= that no column uses, and a column's that extend_existing
replaced, whose listener stays. Each takes its place among the columns'
types. A project's subclasses of Enum made with metadata= are created where
they are made, like Enum itself, used or not."""

from sqlalchemy import Column, Enum, Integer, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(primary_key=True)
    state = mapped_column(Enum("open", "paid", name="invoice_state"))


unused = Enum("x", "y", name="unused_kind", metadata=Base.metadata)

ledger = Table("ledger", Base.metadata, Column("id", Integer, primary_key=True),
               Column("side", Enum("debit", "credit", name="old_side")),
               Column("memo", Enum("short", "long", name="memo_kind")))
ledger = Table("ledger", Base.metadata,
               Column("side", Enum("left", "right", name="new_side")),
               extend_existing=True)


class Payment(Base):
    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    method = mapped_column(Enum("card", "cash", name="payment_method"))


class ProjectEnum(Enum):
    """A project's Enum type, made with metadata= like Enum itself."""

    cache_ok = True


class StrictEnum(Enum):
    def __init__(self, *values, **kw):
        kw.setdefault("validate_strings", True)
        super().__init__(*values, **kw)


class Shipment(Base):
    __tablename__ = "shipment"
    id: Mapped[int] = mapped_column(primary_key=True)
    carrier = mapped_column(Enum("ups", "dhl", name="carrier"))
    status = mapped_column(
        ProjectEnum("new", "sent", name="shipment_status", metadata=Base.metadata))
    speed = mapped_column(
        StrictEnum("slow", "fast", name="shipment_speed", metadata=Base.metadata))


spare = ProjectEnum("a", "b", name="spare_kind", metadata=Base.metadata)
