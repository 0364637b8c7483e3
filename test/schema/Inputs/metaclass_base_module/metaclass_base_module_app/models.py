"""The declarative base generate_base() makes is named by the module of the
frame that calls type.__new__: decl_api's, or a metaclass's own __new__
(the one nearest type) -- which is what a class's bases name."""
from sqlalchemy import Column, Integer, MetaData
from sqlalchemy.orm import as_declarative, declarative_base

from .chain import ChainMeta
from .meta import NamingMeta, QuietMeta


@as_declarative(metaclass=NamingMeta, metadata=MetaData())
class Base:
    pass


Plain = declarative_base(metaclass=QuietMeta)
Chained = declarative_base(metaclass=ChainMeta)
Default = declarative_base()


class A(Base):
    __tablename__ = "a"
    id = Column(Integer, primary_key=True)


class B(Plain):
    __tablename__ = "b"
    id = Column(Integer, primary_key=True)


class C(Chained):
    __tablename__ = "c"
    id = Column(Integer, primary_key=True)


class D(Default):
    __tablename__ = "d"
    id = Column(Integer, primary_key=True)
