# Column names with a % in SQL text: quoted, and the % doubled once on the
# pyformat dialects, as in the rest of the text.
import enum

from sqlalchemy import Boolean, CheckConstraint, Column, Enum, Index, Integer, MetaData, String, Table, func, text

md = MetaData()


class Level(enum.Enum):
    LOW = "low%"
    HIGH = "high"


rates = Table(
    "rates", md,
    Column("id", Integer, primary_key=True),
    Column("rate%", Integer),
    Column("Name%", String(20)),
    Column("ok%", Boolean(create_constraint=True)),
    Column("level%", Enum(Level, native_enum=False, create_constraint=True)),
    CheckConstraint(Column("rate%", Integer) > 0, name="ck_rate"),
)
Index("ix_lower_name", func.lower(rates.c["Name%"]))
Index("ix_rate_where", rates.c["rate%"], postgresql_where=rates.c["rate%"] > 5)
