# Indexes and check and unique constraints made outside any table -- in a
# class body but not in __table_args__, or after the class -- belong to
# the table of the columns they name, as SQLAlchemy attaches them; one that
# names columns by string alone belongs to none. Checked against SQLAlchemy
# 1.4.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; t=json.load(sys.stdin)['tables'][0]; print(t['unique_constraints'], t['check_constraints'], t['indexes'])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# CHECK: [{'name': 'uq_sku_vendor', 'columns': ['sku', 'vendor']}] [{'name': 'ck_price_positive', 'sqltext': 'price >= 0'}] [{'name': 'ix_products_vendor_sku', 'columns': ['vendor', 'sku'], 'unique': False}]
# DIAG: note: no SQLAlchemy requirement found
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = sa.Column(sa.Integer, primary_key=True)
    sku = sa.Column(sa.String(20))
    vendor = sa.Column(sa.String(20))
    price = sa.Column(sa.Numeric(10, 2))
    # Made in the class body, in no __table_args__: SQLAlchemy attaches
    # each to the table of the columns it names.
    _unique_sku = sa.UniqueConstraint(sku, vendor, name="uq_sku_vendor")


sa.CheckConstraint(Product.price >= 0, name="ck_price_positive")
sa.Index("ix_products_vendor_sku", Product.vendor, Product.sku)
# Names only: no table to attach to, in SQLAlchemy too.
sa.CheckConstraint("price < 1000", name="ck_unattached")
