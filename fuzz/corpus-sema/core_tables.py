#--- core_tables_app/__init__.py
"""Inventory service: SQLAlchemy Core only, no ORM classes."""
#--- core_tables_app/meta.py
import sqlalchemy as sa

metadata = sa.MetaData(schema="inventory")

# a second, schema-less MetaData for the reporting tables
reporting_metadata = sa.MetaData()

order_id_seq = sa.Sequence("order_id_seq", start=1000, metadata=metadata)
#--- core_tables_app/tables.py
import sqlalchemy as sa
from sqlalchemy import Column, ForeignKey, Index, Table

from .meta import metadata, order_id_seq, reporting_metadata

warehouses = Table(
    "warehouses",
    metadata,
    Column("id", sa.Integer, sa.Identity(start=1), primary_key=True),
    Column("code", sa.String(8), nullable=False, unique=True),
    Column("city", sa.String(80)),
    Column("capacity", sa.Integer, sa.CheckConstraint("capacity > 0", name="positive_capacity")),
    comment="physical storage sites",
)

items = Table(
    "items",
    metadata,
    Column("sku", sa.String(32), primary_key=True),
    # key= gives the Python-side name; the database column is "item_name"
    Column("item_name", sa.String(120), key="name", nullable=False),
    Column("unit_price", sa.Numeric(10, 2), nullable=False),
    Column("vat_rate", sa.Numeric(4, 3), server_default=sa.text("0.2")),
    Column("price_with_vat", sa.Numeric(12, 2), sa.Computed("unit_price * (1 + vat_rate)")),
    Column("active", sa.Boolean, server_default=sa.true(), nullable=False),
    schema="catalog",
)

stock_levels = Table(
    "stock_levels",
    metadata,
    Column("warehouse_id", ForeignKey("warehouses.id", ondelete="CASCADE"), primary_key=True),
    Column("sku", ForeignKey("catalog.items.sku"), primary_key=True),
    Column("quantity", sa.Integer, nullable=False, default=0),
    Column("updated_at", sa.DateTime, default=sa.func.now(), onupdate=sa.func.now()),
    sa.CheckConstraint("quantity >= 0"),
    Index("ix_stock_low", "quantity", postgresql_where=sa.text("quantity < 10")),
)

purchase_orders = Table(
    "purchase_orders",
    metadata,
    Column("id", sa.BigInteger, order_id_seq, server_default=order_id_seq.next_value(), primary_key=True),
    Column("warehouse_id", sa.Integer, nullable=False),
    Column("sku", sa.String(32), nullable=False),
    Column("ordered", sa.Date, nullable=False),
    sa.ForeignKeyConstraint(
        ["warehouse_id", "sku"],
        ["inventory.stock_levels.warehouse_id", "inventory.stock_levels.sku"],
        onupdate="CASCADE",
    ),
    sa.UniqueConstraint("warehouse_id", "sku", "ordered", name="one_order_per_day"),
)

daily_movements = Table(
    "daily_movements",
    reporting_metadata,
    Column("day", sa.Date, primary_key=True),
    Column("warehouse_code", sa.String(8), primary_key=True),
    Column("moved_in", sa.Integer, server_default="0"),
    Column("moved_out", sa.Integer, server_default="0"),
)
Index("ix_daily_movements_code_day", daily_movements.c.warehouse_code, daily_movements.c.day.desc())

# columns can be added after the fact
warehouses.append_column(Column("notes", sa.Text, comment="free text"))
