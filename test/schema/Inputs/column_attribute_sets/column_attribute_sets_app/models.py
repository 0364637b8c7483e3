"""Columns changed by module code once their tables have them: the DDL reads
the Column's attributes when it runs."""
from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    bio = Column(String(50), comment="short")
    email = Column(String(100), nullable=False, comment="contact")


User.__table__.c.name.nullable = False
User.__table__.c.bio.type = Text()
User.__table__.c.bio.comment = "about the user"
User.__table__.c.email.nullable = True
User.__table__.c.email.comment = None
# Attributes no DDL reads.
User.__table__.c.name.info["label"] = "Name"
User.__table__.c.name.doc = "the user's name"

metadata = MetaData()
prices = Table(
    "prices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("amount", Numeric(10, 2)),
)
for column in prices.c:
    if column.name != "id":
        column.type = Numeric(12, 4)
        column.nullable = False
