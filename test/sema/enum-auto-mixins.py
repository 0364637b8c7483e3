# auto() values: a _generate_next_value_ on a base enum reached past a str
# mixin, and Python's own generator under a str mixin (values "1", "2").
# Checked against SQLAlchemy 1.4 on MySQL, where an Enum lists its values.
# RUN: %schemac schema --dialect=mysql --format=json %s 2>/dev/null | %python -c "import json,sys; print([(c['name'], c['type'], c['server_default']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# CHECK: [('id', 'INTEGER', None), ('color', "ENUM('red','green')", "'green'"), ('plain', "ENUM('1','2')", "'1'")]
from enum import Enum, auto

from sqlalchemy import Column, Integer
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name


# The generator comes from a base enum, past the str mixin.
class Color(str, AutoName):
    red = auto()
    green = auto()


# Python's own generator, under a str mixin: the values are "1", "2".
class Plain(str, Enum):
    a = auto()
    b = auto()


def values(e):
    return [m.value for m in e]


class Thing(Base):
    __tablename__ = "thing"
    id = Column(Integer, primary_key=True)
    color = Column(SAEnum(Color, values_callable=values), server_default=Color.green)
    plain = Column(SAEnum(Plain, values_callable=values), server_default=Plain.a)
