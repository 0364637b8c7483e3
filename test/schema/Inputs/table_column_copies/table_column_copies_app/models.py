from sqlalchemy import Column, DateTime, ForeignKey, Integer, Numeric, String, Table
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Customer(Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    customer_id = Column("customer", Integer, ForeignKey("customers.id"))
    total = Column(Numeric(10, 2), nullable=False)


def history_of(table):
    columns = [c.copy() for c in table.c]
    columns.append(Column("changed_at", DateTime, primary_key=True))
    return Table(table.name + "_history", Base.metadata, *columns)


order_history = history_of(Order.__table__)
customer_history = history_of(Customer.__table__)

audit = Table(
    "order_audit",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    *[Column("old_" + c.name, c.type) for c in Order.__table__.columns if not c.name == "id"],
)
KEYS = ",".join(Order.__table__.c.keys())
notes = Table("order_notes", Base.metadata, Column("id", Integer, primary_key=True), comment=KEYS)
