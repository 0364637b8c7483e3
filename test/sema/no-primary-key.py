# The ORM refuses to map a table without a primary key: an error, exit
# status 1. A mapper given its own primary key (__mapper_args__, as for a
# view whose rows a column identifies) maps it, and the table keeps no
# PRIMARY KEY of its own; so does a joined subclass, whose mapper takes its
# parent's.
# RUN: %expect_exit 1 %schemac schema --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --implicit-check-not=error:
# CHECK: no-primary-key.py:20:1: error: mapped class 'no-primary-key.Unkeyed' has no primary key column in table 'unkeyed'; SQLAlchemy refuses to map it
# CHECK: table credit_notes
# CHECK-NEXT: id INTEGER null
# CHECK: table sales_by_customer
# CHECK-NEXT: customer_id INTEGER null
from sqlalchemy import Column, ForeignKey, Integer, Numeric
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


class Unkeyed(Base):
    __tablename__ = "unkeyed"
    amount = Column(Numeric(14, 2))


class SalesByCustomer(Base):
    __tablename__ = "sales_by_customer"
    customer_id = Column(Integer)
    total = Column(Numeric(14, 2))
    __mapper_args__ = {"primary_key": [customer_id]}


class Invoice(Base):
    __tablename__ = "invoices"
    id = Column(Integer, primary_key=True)


class CreditNote(Invoice):
    __tablename__ = "credit_notes"
    id = Column(ForeignKey("invoices.id"), index=True)
    amount = Column(Numeric(14, 2))
