#--- helpers_and_partial_app/__init__.py
"""A CRM whose models lean on constants and small column helpers."""
#--- helpers_and_partial_app/columns.py
"""Column and type helpers used across the models."""
from functools import partial

from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint

PREFIX = "crm_"
NAME_LEN = 50
EMAIL_LEN = NAME_LEN * 5 + 4          # 254
PHONE_LEN = len("+00 000 000 0000")   # 16
DEFAULT_COUNTRY = "de".upper()

NotNullColumn = partial(Column, nullable=False)
IndexedColumn = partial(Column, index=True, nullable=True)
ShortString = partial(String, 20)


def StringID():
    return String(250)


def table_name(base):
    return PREFIX + base.lower()


def fk(target, **kwargs):
    """An integer FK column to `<target>.id`."""
    return Column(Integer, ForeignKey(f"{target}.id", ondelete=kwargs.pop("ondelete", None)), **kwargs)


def pk():
    return Column(Integer, primary_key=True, autoincrement=True)


def unique_per_company(*cols):
    return (UniqueConstraint("company_id", *cols),)
#--- helpers_and_partial_app/crm.py
from sqlalchemy import Column, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

from .columns import (
    DEFAULT_COUNTRY,
    EMAIL_LEN,
    NAME_LEN,
    PHONE_LEN,
    PREFIX,
    IndexedColumn,
    NotNullColumn,
    ShortString,
    StringID,
    fk,
    pk,
    table_name,
    unique_per_company,
)

Base = declarative_base()


class Company(Base):
    __tablename__ = table_name("Companies")

    id = pk()
    external_ref = Column(StringID(), unique=True)
    name = NotNullColumn(String(NAME_LEN * 2))
    country = Column(String(2), default=DEFAULT_COUNTRY)
    vat_number = Column(ShortString())

    contacts = relationship("Contact", back_populates="company")


class Contact(Base):
    __tablename__ = "%scontacts" % PREFIX
    __table_args__ = unique_per_company("email")

    id = pk()
    company_id = fk(table_name("companies"), nullable=False, ondelete="CASCADE")
    first_name = NotNullColumn(String(NAME_LEN))
    last_name = NotNullColumn(String(NAME_LEN), index=True)
    email = IndexedColumn(String(EMAIL_LEN))
    phone = Column(String(PHONE_LEN + 4))
    score = NotNullColumn(Integer, default=10 * 5)

    company = relationship(Company, back_populates="contacts")

    @property
    def full_name(self):
        return "{} {}".format(self.first_name, self.last_name)


class Deal(Base):
    __tablename__ = "{}deals".format(PREFIX)

    id = pk()
    contact_id = fk(PREFIX + "contacts")
    title = Column(String(2 ** 7), nullable=False)
    stage = Column(String(max(len("negotiation"), len("closed_won"))), default="lead")
    notes = Column(Text)


class Note(Base):
    __tablename__ = "CRM-Notes".lower().replace("-", "_")

    id = pk()
    deal_id = fk(f"{PREFIX}deals")
    author = Column(String(NAME_LEN // 2 + 5))
    body = NotNullColumn(Text)
