"""composite() in 1.4 style: the class, then its columns, made there or
mapped as attributes of their own."""
from sqlalchemy import Column, Integer, Numeric, String
from sqlalchemy.orm import composite, declarative_base

Base = declarative_base()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __composite_values__(self):
        return self.x, self.y


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __composite_values__(self):
        return self.amount, self.currency


class Vertex(Base):
    __tablename__ = "vertices"
    id = Column(Integer, primary_key=True)
    start = composite(Point, Column("x1", Integer), Column("y1", Integer))
    end = composite(Point, Column("x2", Integer), Column("y2", Integer, nullable=False))


class Invoice(Base):
    __tablename__ = "invoices"
    id = Column(Integer, primary_key=True)
    total_amount = Column(Numeric(10, 2))
    total_currency = Column(String(3))
    total = composite(Money, total_amount, total_currency)
