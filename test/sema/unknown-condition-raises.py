# A condition the analysis cannot evaluate is taken as true, unless one of
# its branches raises: a check on the arguments (Dify's EnumText over an
# enum of an uninstalled package) does not fire where the project runs, so
# the other branch is taken and the explicit length kept. A length not
# computed is reported at its column, naming where, and not taken for a
# missing one (MySQL's "VARCHAR requires a length").
# RUN: %schemac schema --dialect=mysql %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --dialect=mysql --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON
from graphon.enums import NodeType
from sqlalchemy import VARCHAR, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class EnumText(TypeDecorator):
    impl = VARCHAR
    cache_ok = True

    def __init__(self, enum_class, length=None):
        longest = max(len(e.value) for e in enum_class)
        if length is not None:
            if length < longest:
                raise ValueError("length should be greater than enum value length.")
            self._length = length
        else:
            self._length = max(longest, 20)

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(VARCHAR(self._length))


def checked(value):
    if value > 0:
        pass
    else:
        raise ValueError(value)
    return value


class Base(DeclarativeBase):
    pass


class Node(Base):
    __tablename__ = "nodes"
    id: Mapped[int] = mapped_column(primary_key=True)
    node_type = mapped_column(EnumText(NodeType, length=40))
    node_kind = mapped_column(EnumText(NodeType))
    weight = mapped_column(Integer, default=checked(NodeType.WEIGHT))


# CHECK: unknown-condition-raises.py:9:1: warning: cannot resolve import of 'graphon.enums'
# CHECK: unknown-condition-raises.py:22:16: warning: condition cannot be evaluated; assuming it is false, as the other branch raises
# CHECK: unknown-condition-raises.py:33:8: warning: condition cannot be evaluated; assuming it is true, as the other branch raises
# CHECK: unknown-condition-raises.py:48:5: warning: argument 'length' of type VARCHAR cannot be evaluated (min()/max() of unknown values, at unknown-condition-raises.py:26:28); the type is rendered without it
# CHECK: unknown-condition-raises.py:49:5: warning: default of column 'weight' cannot be evaluated
# JSON: "name": "node_type",
# JSON: "type": "VARCHAR(40)",
# JSON: "name": "node_kind",
# JSON: "type": "VARCHAR",
