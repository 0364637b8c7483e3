from sqlalchemy import Column, Integer, String

from .core import Base


# The table is kept as it is: the class maps its columns, not its own.
class Gadget(Base):
    __tablename__ = "gadgets"
    __table_args__ = {"keep_existing": True}
    id = Column(Integer, primary_key=True)
    size = Column(String(10))


# Extends the Core table: the columns it had stay in place and are mapped,
# id and code are replaced where they were, label is added at the end.
class Child(Base):
    __tablename__ = "children"
    __table_args__ = ({"extend_existing": True},)
    id = Column(Integer, primary_key=True)
    label = Column(String(8))
    code = Column(String(4))


# The key has the schema: this extends audit.audits, not a new table.
class Audit(Base):
    __tablename__ = "audits"
    __table_args__ = {"extend_existing": True, "schema": "audit"}
    id = Column(Integer, primary_key=True)
    level = Column(String(10))


# Another name in the default schema: a table of its own.
class Reading(Base):
    __tablename__ = "audits_readings"
    __table_args__ = {"extend_existing": True}
    id = Column(Integer, primary_key=True)
