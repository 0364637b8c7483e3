"""Columns whose values the database generates: computed and identity."""

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Computed,
    DateTime,
    ForeignKey,
    Identity,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    func,
    text,
)
from sqlalchemy.orm import declarative_base

metadata = MetaData()
Base = declarative_base(metadata=metadata)


class Product(Base):
    __tablename__ = "products"

    id = Column(Integer, Identity(), primary_key=True)
    name = Column(String(80), nullable=False)
    unit_price = Column(Numeric(12, 2), nullable=False)
    vat_rate = Column(Numeric(4, 3), nullable=False, server_default="0.2")
    price_with_vat = Column(Numeric(12, 2), Computed("unit_price * (1 + vat_rate)"))
    name_length = Column(Integer, Computed(func.length(name), persisted=True))
    slug = Column(String(80), Computed(text("lower(name)")), nullable=False)


class Shipment(Base):
    __tablename__ = "shipments"

    id = Column(
        BigInteger,
        Identity(always=True, start=100, increment=5, minvalue=100, maxvalue=10**9,
                 cycle=True, cache=20),
        primary_key=True,
    )
    product_id = Column(ForeignKey("products.id"), nullable=False)
    quantity = Column(SmallInteger, CheckConstraint("quantity > 0"), nullable=False)
    weight_kg = Column(Numeric(8, 3), nullable=False)
    total_kg = Column(Numeric(10, 3), Computed(quantity * weight_kg, persisted=True))
    shipped_at = Column(DateTime, server_default=func.now())


audit_log = Table(
    "audit_log",
    metadata,
    Column("entry_no", Integer, primary_key=True),
    Column("serial", BigInteger, Identity(start=1, nominvalue=True, nomaxvalue=True, order=True)),
    Column("reference", Integer, Identity(always=False, cycle=False), nullable=True),
    Column("message", String(200), nullable=False),
)


class Counter(Base):
    __tablename__ = "counters"

    id = Column(SmallInteger, Identity(increment=2), primary_key=True)
    label = Column(String(30), Computed("'counter ' || id"))
