import datetime
import enum

from sqlalchemy import (
    Boolean, Column, Date, Enum, ForeignKey, Index, Integer, Numeric, String, Table, Text,
    UniqueConstraint, text,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import relationship, synonym, validates

from .base import Base, OwnedMixin, TimestampMixin
from .conf import CRM_SCHEMA, DEFAULT_CURRENCY, PIPELINE_STAGES


class ActivityKind(enum.Enum):
    call = "call"
    email = "email"
    meeting = "meeting"
    note = "note"


def _fk(table, column="id"):
    return ForeignKey("{}.{}.{}".format(CRM_SCHEMA, table, column))


party_tags = Table(
    "party_tags",
    Base.metadata,
    Column("party_id", Integer, _fk("partys"), primary_key=True),
    Column("tag_id", Integer, _fk("tags"), primary_key=True),
    schema=CRM_SCHEMA,
)


class User(TimestampMixin, Base):
    email = Column(String(255), nullable=False, unique=True)
    name = Column(String(100), nullable=False)
    active = Column(Boolean(create_constraint=True, name="ck_users_active_bool"), nullable=False, default=True)
    hired_on = Column(Date, server_default=text("CURRENT_DATE"))
    quota = Column(Numeric(12, 2))


class Tag(Base):
    label = Column(String(40), nullable=False, unique=True)
    color = Column(String(7), default="#cccccc")


class Party(OwnedMixin, TimestampMixin, Base):
    """Either a person or an organization."""

    party_type = Column("type", String(20), nullable=False)
    display_name = Column(String(200), nullable=False)
    _phone = Column("phone", String(40))
    website = Column(String(255))
    notes = Column(Text)

    tags = relationship(Tag, secondary=party_tags)

    __mapper_args__ = {"polymorphic_on": party_type, "polymorphic_identity": "party"}

    @hybrid_property
    def phone(self):
        return self._phone

    @phone.setter
    def phone(self, value):
        self._phone = "".join(ch for ch in value if ch.isdigit() or ch == "+") if value else None


class Organization(Party):
    id = Column(Integer, _fk("partys"), primary_key=True)
    legal_name = Column(String(200))
    industry = Column(String(80))
    employees = Column(Integer)
    annual_revenue = Column(Numeric(15, 2))

    __mapper_args__ = {"polymorphic_identity": "organization"}


class Person(Party):
    id = Column(Integer, _fk("partys"), primary_key=True)
    first_name = Column(String(80))
    last_name = Column(String(80), nullable=False)
    email = Column(String(255), index=True)
    job_title = Column(String(120))
    employer_id = Column(Integer, _fk("partys"))
    do_not_contact = Column(Boolean, nullable=False, server_default=text("false"))

    employer = relationship(Organization, foreign_keys=[employer_id])
    surname = synonym("last_name")

    __mapper_args__ = {"polymorphic_identity": "person", "inherit_condition": id == Party.id}

    @validates("email")
    def _lower_email(self, key, value):
        return value.lower() if value else value


class Deal(OwnedMixin, TimestampMixin, Base):
    __table_args__ = (
        Index("ix_deals_stage_close", "stage", "expected_close"),
        UniqueConstraint("party_id", "title"),
        {"schema": CRM_SCHEMA, "comment": "Sales opportunities"},
    )

    party_id = Column(Integer, _fk("partys"), nullable=False)
    title = Column(String(200), nullable=False)
    stage = Column(Enum(*PIPELINE_STAGES, name="deal_stage"), nullable=False, default=PIPELINE_STAGES[0])
    amount = Column(Numeric(14, 2), nullable=False, default=0)
    currency = Column(String(3), nullable=False, default=DEFAULT_CURRENCY)
    probability = Column(Integer, default=10)
    expected_close = Column(Date)
    closed_on = Column("closed_date", Date, key="closed_on")

    party = relationship(Party, backref="deals")

    @property
    def weighted_amount(self):
        return (self.amount or 0) * (self.probability or 0) / 100


class Activity(OwnedMixin, Base):
    party_id = Column(Integer, _fk("partys"), nullable=False)
    deal_id = Column(Integer, _fk("deals", "id"))
    kind = Column(Enum(ActivityKind, name="activity_kind"), nullable=False,
                  server_default=ActivityKind.note.name)
    subject = Column(String(200))
    body = Column(Text)
    due = Column(Date, default=datetime.date.today)
    done = Column(Boolean(create_constraint=True), nullable=False, default=False)

    party = relationship(Party)
    deal = relationship(Deal, backref="activities")
