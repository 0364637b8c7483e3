# A class of the project's without __init__ or __new__ takes no arguments:
# Python raises TypeError at Settings(width=80), so the analysis does not
# read the class's default 40 for S.width; it says why it cannot evaluate
# the length. Inside try, the handler runs. Classes with a base the analysis
# cannot see, or a metaclass, may take arguments and are left alone.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Settings:
    width = 40


S = Settings(width=80)
try:
    CAUGHT = Settings(1).width
except TypeError:
    CAUGHT = 25


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    a = Column(String(S.width))
    b = Column(String(CAUGHT))

# CHECK: takes-no-arguments.py:[[@LINE-3]]:23: warning: argument 'length' of type String cannot be evaluated ('{{.*}}Settings().width': 'Settings' takes no arguments); the type is rendered without it
# CHECK:      table items (takes-no-arguments.Item)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   a VARCHAR null
# CHECK-NEXT:   b VARCHAR(25) null
