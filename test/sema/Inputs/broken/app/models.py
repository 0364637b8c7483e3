import os

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)


class Tenant(Base):
    __tablename__ = os.environ["TENANT_TABLE"]
    id = Column(Integer, primary_key=True)


class Orphan(Base):
    id = Column(Integer, primary_key=True)


class AbstractThing(Base):
    __abstract__ = True
    id = Column(Integer, primary_key=True)
