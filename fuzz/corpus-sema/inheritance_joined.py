#--- inheritance_joined_app/__init__.py
"""Joined-table inheritance (SQLAlchemy 1.4 declarative)."""
from .base import Base
from . import people, assets  # noqa: F401  (registers the mappers)
#--- inheritance_joined_app/assets.py
"""Table names computed by a declared_attr on an abstract base."""
from sqlalchemy import Column, ForeignKey, Integer, Numeric, String
from sqlalchemy.ext.declarative import declared_attr
from sqlalchemy.orm import has_inherited_table, relationship

from .base import Base


class Entity(Base):
    __abstract__ = True

    @declared_attr
    def __tablename__(cls):
        if has_inherited_table(cls):
            return None
        return cls.__name__.lower()


class Asset(Entity):
    id = Column(Integer, primary_key=True)
    asset_type = Column(String(30), nullable=False)
    value = Column(Numeric(12, 2))
    owner_id = Column(Integer, ForeignKey("people.id"))

    owner = relationship("Person", backref="assets")
    __mapper_args__ = {"polymorphic_on": asset_type, "polymorphic_identity": "asset"}


class Laptop(Asset):
    serial = Column(String(40))
    __mapper_args__ = {"polymorphic_identity": "laptop"}


class Vehicle(Asset):
    @declared_attr
    def __tablename__(cls):
        return "asset_" + cls.__name__.lower() + "s"

    id = Column(Integer, ForeignKey("asset.id"), primary_key=True)
    plate = Column(String(12), unique=True)
    __mapper_args__ = {"polymorphic_identity": "vehicle"}
#--- inheritance_joined_app/base.py
from sqlalchemy.orm import declarative_base

Base = declarative_base()
#--- inheritance_joined_app/people.py
"""people -> customers / staff -> staff.engineers, each level its own table."""
from sqlalchemy import Column, Date, ForeignKey, Integer, String
from sqlalchemy.orm import relationship

from .base import Base


class Person(Base):
    __tablename__ = "people"

    id = Column(Integer, primary_key=True)
    discriminator = Column("type", String(50))
    name = Column(String(100), nullable=False)

    __mapper_args__ = {
        "polymorphic_on": discriminator,
        "polymorphic_identity": "person",
    }

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.name)


class Customer(Person):
    __tablename__ = "customers"

    id = Column(Integer, ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    loyalty_points = Column(Integer, default=0)
    __mapper_args__ = {"polymorphic_identity": "customer"}


class Staff(Person):
    __tablename__ = "staff"

    # the subclass's key column may be named differently from the parent's
    staff_id = Column(Integer, ForeignKey("people.id"), primary_key=True)
    hired_on = Column(Date)
    manager_id = Column(Integer, ForeignKey("staff.staff_id"))

    manager = relationship(
        "Staff",
        foreign_keys=[manager_id],
        remote_side=[staff_id],
        backref="reports",
    )
    __mapper_args__ = {
        "polymorphic_identity": "staff",
        "inherit_condition": staff_id == Person.id,
    }


class Engineer(Staff):
    __tablename__ = "engineers"
    __table_args__ = {"schema": "staff"}

    id = Column(Integer, ForeignKey("staff.staff_id"), primary_key=True)
    discipline = Column(String(40))
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Intern(Staff):
    """No __tablename__: a single-table subclass below a joined one."""

    mentor_name = Column(String(100))
    __mapper_args__ = {"polymorphic_identity": "intern"}
