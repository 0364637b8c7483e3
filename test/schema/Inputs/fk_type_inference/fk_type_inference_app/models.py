"""Foreign key columns without a type of their own, in a MetaData with a
default schema: each takes the type of the column it refers to, also
through link_to_name=True and a ForeignKeyConstraint, and the reference's
schema is the default."""
from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
)
from sqlalchemy.orm import declarative_base

Base = declarative_base(metadata=MetaData(schema="ledger"))


class Account(Base):
    __tablename__ = "accounts"
    id = Column(BigInteger, primary_key=True)
    code = Column("ACCOUNT_CODE", String(12), key="code", unique=True)


class Entry(Base):
    __tablename__ = "entries"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("accounts.id"))
    account_code = Column(ForeignKey("accounts.ACCOUNT_CODE", link_to_name=True))
    by_key = Column(ForeignKey("accounts.code"))


class Posting(Base):
    __tablename__ = "postings"
    id = Column(Integer, primary_key=True)
    entry_account = Column(ForeignKey("entries.account_id", link_to_name=True))


class Transfer(Base):
    __tablename__ = "transfers"
    __table_args__ = (
        ForeignKeyConstraint(["from_code", "from_id"], ["accounts.code", "accounts.id"]),
    )
    id = Column(Integer, primary_key=True)
    from_code = Column()
    from_id = Column()
