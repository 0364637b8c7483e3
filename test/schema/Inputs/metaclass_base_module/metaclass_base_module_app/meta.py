"""Metaclasses of declarative bases, in a module of their own (Flexget's
VersionedBaseMeta): one with a __new__ of its own, one without, and one
whose __new__ goes through another's."""
from sqlalchemy.orm import DeclarativeMeta


class NamingMeta(DeclarativeMeta):
    def __new__(cls, name, bases, dict_):
        return super().__new__(cls, name, bases, dict_)


class QuietMeta(DeclarativeMeta):
    def __init__(cls, name, bases, dict_):
        super().__init__(name, bases, dict_)
