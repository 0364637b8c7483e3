"""Ordinary Python around the models: sorted() over pairs (with key= and
reverse=), an OrderedDict of codes, %-formatting by name, __import__()."""
from collections import OrderedDict

from sqlalchemy import Column, Integer, MetaData, String, Table, UniqueConstraint
from sqlalchemy.orm import declarative_base

metadata = MetaData()
Base = declarative_base(metadata=metadata)

LOOKUPS = {"region": 4, "country": 2, "currency": 3}
for name, width in sorted(LOOKUPS.items()):
    Table(
        "lk_" + name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("code", String(width), nullable=False),
    )

RANKED = [("gold", 3), ("silver", 2), ("bronze", 1)]
TIERS = [name for name, _ in sorted(RANKED, key=lambda pair: pair[1], reverse=True)]

KINDS = OrderedDict([("hq", "Headquarters"), ("br", "Branch")])
NAMES = {"table": "offices", "column": "code"}


class Office(Base):
    __tablename__ = NAMES["table"]
    id = Column(Integer, primary_key=True)
    code = Column(String(max(len(k) for k in KINDS)))
    kind = Column(String(20), default=list(KINDS.values())[0])
    tier = Column(String(len(TIERS[0]) + 4), default=TIERS[-1])
    note = Column(__import__("sqlalchemy.types").types.Text)
    __table_args__ = (
        UniqueConstraint("code", name="uq_%(table)s_%(column)s" % NAMES),
    )
