# @dataclass gives the class the __init__ Python would generate: positional
# and keyword arguments fill the fields its annotations name (not the
# ClassVar ones), inherited fields first, then defaults and default
# factories; InitVar fields go to __post_init__. Before, Settings(width=80)
# read the class's default 40. (Checked against SQLAlchemy 1.4 and CPython
# 3.11.)
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
import dataclasses
from dataclasses import InitVar, dataclass, field
from typing import ClassVar

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


@dataclass
class Settings:
    width: int = 40
    code: int = 8
    names: list = field(default_factory=list)
    scale: ClassVar[int] = 3


@dataclass(eq=True)
class Wide(Settings):
    extra: int = 2


@dataclasses.dataclass
class Derived:
    base: int
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.total = self.base * factor


S = Settings(width=80)
P = Settings(60, 9)
W = Wide(10, extra=5)
D = Derived(7)


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    a = Column(String(S.width))
    b = Column(String(P.code + len(S.names)))
    c = Column(String(W.width + W.extra + Settings.scale))
    d = Column(String(D.total))
    e = Column(String(Settings().width))

# CHECK:      table items (dataclass-init.Item)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   a VARCHAR(80) null
# CHECK-NEXT:   b VARCHAR(9) null
# CHECK-NEXT:   c VARCHAR(18) null
# CHECK-NEXT:   d VARCHAR(14) null
# CHECK-NEXT:   e VARCHAR(40) null
