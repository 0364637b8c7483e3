import re

from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeMeta, declarative_base, relationship


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class AutoTableMeta(DeclarativeMeta):
    def __init__(cls, name, bases, d):
        if "__tablename__" not in d and not d.get("__abstract__", False):
            cls.__tablename__ = snake(name) + "s"
        super().__init__(name, bases, d)


Base = declarative_base(metaclass=AutoTableMeta)


class UserAccount(Base):
    id = Column(Integer, primary_key=True)
    email = Column(String(200), nullable=False)


class OrderLine(Base):
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("user_accounts.id"))
    user = relationship(UserAccount)


class Legacy(Base):
    __tablename__ = "legacy_things"
    id = Column(Integer, primary_key=True)


class StampMeta(AutoTableMeta):
    def __init__(cls, name, bases, d):
        if not d.get("__abstract__", False):
            cls.stamped_at = Column(Integer, nullable=True)
        super().__init__(name, bases, d)


class Shipment(Base, metaclass=StampMeta):
    id = Column(Integer, primary_key=True)


class ExpressShipment(Shipment):
    __tablename__ = "express_shipments"
    id = Column(ForeignKey("shipments.id"), primary_key=True)
    courier = Column(String(40))


class AbstractThing(Base):
    __abstract__ = True
    note = Column(String(10))


class ConcreteThing(AbstractThing):
    id = Column(Integer, primary_key=True)
