# functools.cached_property reads like a property, and @lru_cache works
# with and without arguments. Before, CFG.double gave the cached_property
# object itself, and String() lost the length without a word: a length,
# precision or scale that is an object rather than a number now gets a
# warning. (The tables are what SQLAlchemy 1.4 builds, but for `bad`, where
# SQLAlchemy would fail to render the DDL.)
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
import functools

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Config:
    WIDTH = 40

    @functools.cached_property
    def double(self):
        return self.WIDTH * 2


@functools.lru_cache
def width():
    return 33


@functools.lru_cache(maxsize=None)
def width2():
    return 34


CFG = Config()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    a = Column(String(CFG.double))
    b = Column(String(width() + width2()))
    bad = Column(String(Config()))

# CHECK: functools-decorators.py:[[@LINE-2]]:25: warning: argument 'length' of type String cannot be evaluated (a Config object, not a number); the type is rendered without it
# CHECK:      table items (functools-decorators.Item)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   a VARCHAR(80) null
# CHECK-NEXT:   b VARCHAR(67) null
# CHECK-NEXT:   bad VARCHAR null
