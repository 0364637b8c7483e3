import enum
import math

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Limits(enum.IntEnum):
    NOTE = 1000


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


SHARDS = 4
PAGE = math.ceil(250 / 100) * 10


class Base(DeclarativeBase):
    pass


class Shard(Base):
    __tablename__ = "shard_%02d" % SHARDS               # 'shard_04': class dropped (warned)
    id: Mapped[int] = mapped_column(primary_key=True)


class Values(Base):
    __tablename__ = "vals"
    id: Mapped[int] = mapped_column(primary_key=True)
    a: Mapped[str] = mapped_column(String(int(Limits.NOTE)))      # VARCHAR(1000)
    b: Mapped[str] = mapped_column(String(Limits.NOTE + 24))      # VARCHAR(1024)
    c: Mapped[str] = mapped_column(String("%d" % 12 and 12))      # VARCHAR(12)
    page: Mapped[int] = mapped_column(default=PAGE)                # 30
    ceil: Mapped[int] = mapped_column(default=math.ceil(2.5))      # 3
    ratio: Mapped[float] = mapped_column(default=round(2 / 3, 2))  # 0.67
    neg: Mapped[int] = mapped_column(default=abs(-5))              # 5
    n_colors: Mapped[int] = mapped_column(default=len(Color))      # 2
    label: Mapped[str] = mapped_column(String(12), default="{:>5}".format("x"))
    ident: Mapped[str] = mapped_column(String(12), default="%5.1f|%-4s|%x" % (1.25, "ab", 255))
