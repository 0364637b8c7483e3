# '%' in CHECK / index SQL text: SQLAlchemy's pyformat dialects (postgresql, mysql) escape it as '%%'
# exactly as schemac already does for server_default="50%" ('50%%').
from sqlalchemy import CheckConstraint, Column, Index, Integer, MetaData, String, Table, column, text

md = MetaData()
t = Table(
    "t", md,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10)),
    Column("pct", String(10), server_default="50%"),
    CheckConstraint("kind LIKE 'y%'", name="ck_str"),
    CheckConstraint(text("kind LIKE 'z%'"), name="ck_text"),
    Index("ix_like", column("kind").like("a%")),
)
