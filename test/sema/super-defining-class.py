# Zero-argument super() runs on from the class whose body defined the
# method (Python's __class__ cell), not from the first class of the MRO
# that has the method's name: __init_subclass__ hooks of two mixins, or of
# two abstract bases, that each call super() reach object's in turn
# (advanced-alchemy's bases), and a chain of overrides two deep returns
# each level's value. super() reaches a classmethod bound to the class.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()
registered = []


class Audited:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registered.append(cls.__name__)


class Sentinel:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


class Account(Audited, Sentinel, Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)


class AbstractOne(Base):
    __abstract__ = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


class AbstractTwo(AbstractOne):
    __abstract__ = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)


class Invoice(AbstractTwo):
    __tablename__ = "invoices"
    id = Column(Integer, primary_key=True)


class Width:
    @classmethod
    def size(cls):
        return 10

    def pad(self):
        return 1


class Wider(Width):
    @classmethod
    def size(cls):
        return super().size() + 1

    def pad(self):
        return super().pad() + 1


class Widest(Wider):
    @classmethod
    def size(cls):
        return super().size() + 1

    def pad(self):
        return super().pad() + 1


class Note(Base):
    __tablename__ = "notes_" + registered[0].lower()
    id = Column(Integer, primary_key=True)
    title = Column(String(Widest.size()))
    body = Column(String(Widest().pad()))

# CHECK: table accounts
# CHECK: table invoices
# CHECK: table notes_account
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: title VARCHAR(12) null
# CHECK-NEXT: body VARCHAR(3) null
