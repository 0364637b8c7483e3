# SQLAlchemy 1.4's SQLite DDL compiler writes DEFAULT (42) for a literal_column server default
# (2.0 writes DEFAULT 42); schemac --sqlalchemy=1.4 --dialect=sqlite gives "42"
import sqlalchemy as sa

md = sa.MetaData()
t = sa.Table("thing", md,
             sa.Column("id", sa.Integer, primary_key=True),
             sa.Column("litcol", sa.Integer, server_default=sa.literal_column("42")),
             sa.Column("txt", sa.Integer, server_default=sa.text("42")))
