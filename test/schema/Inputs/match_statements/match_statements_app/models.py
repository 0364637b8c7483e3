"""Column types and names chosen by match statements, as helper
functions in real model packages write them."""
import enum
from dataclasses import dataclass

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, JSON, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Kind(enum.Enum):
    SHORT = "short"
    LONG = "long"
    MONEY = "money"


@dataclass
class Spec:
    kind: Kind
    nullable: bool = True


def type_for(kind):
    match kind:
        case Kind.SHORT:
            return String(40)
        case Kind.LONG:
            return Text()
        case Kind.MONEY:
            return Numeric(12, 2)
        case _:
            raise ValueError(kind)


def width(value):
    match value:
        case int(n) if n > 255:
            return Text()
        case int(n):
            return String(n)
        case str() | bytes():
            return String(int(value))
        case None:
            return Text()


def column_from(spec):
    match spec:
        case {"name": name, "json": True}:
            return mapped_column(name, JSON)
        case {"name": name, "type": "int", **rest}:
            return mapped_column(name, Integer, nullable=rest.get("nullable", True))
        case {"type": "big"}:
            return mapped_column(BigInteger)
        case _:
            return mapped_column(Boolean)


def key_columns(*parts):
    match parts:
        case []:
            return None
        case [single]:
            return single
        case [first, *rest]:
            return first + "_" + "_".join(rest)


def from_spec(spec: Spec):
    match spec:
        case Spec(kind=Kind.MONEY, nullable=False):
            return mapped_column(Numeric(18, 4), nullable=False)
        case Spec(kind=k):
            return mapped_column(type_for(k), nullable=spec.nullable)


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = key_columns("billing", "accounts")

    id: Mapped[int] = mapped_column(primary_key=True)
    short_name = mapped_column(type_for(Kind.SHORT))
    notes = mapped_column(type_for(Kind.LONG))
    balance = mapped_column(type_for(Kind.MONEY))
    code = mapped_column(width(12))
    blob = mapped_column(width(1000))
    label = mapped_column(width("8"))
    memo = mapped_column(width(None))
    payload = column_from({"name": "payload_json", "json": True})
    counter = column_from({"name": "counter_value", "type": "int", "nullable": False})
    big = column_from({"type": "big"})
    other = column_from({"type": "small"})
    total = from_spec(Spec(Kind.MONEY, nullable=False))
    kind_short = from_spec(Spec(Kind.SHORT))


class Entry(Base):
    __tablename__ = key_columns("entries")

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id = mapped_column(ForeignKey("billing_accounts.id"))
