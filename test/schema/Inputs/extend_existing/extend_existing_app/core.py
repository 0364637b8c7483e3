from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import declarative_base

Base = declarative_base()

Table("parents", Base.metadata, Column("id", Integer, primary_key=True))
Table("guardians", Base.metadata, Column("id", Integer, primary_key=True))
Table(
    "children",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("parent_id", ForeignKey("parents.id")),
    Column("code", String(3), unique=True),
    Column("nickname", String(12), index=True),
    comment="first definition",
)
# No columns: the table that is already there.
children_again = Table("children", Base.metadata)
# Extended: parent_id replaced in place (its old foreign key goes), a
# column added, the comment updated.
Table(
    "children",
    Base.metadata,
    Column("parent_id", ForeignKey("guardians.id")),
    Column("born_on", String(10), nullable=False),
    extend_existing=True,
    comment="second definition",
)
# keep_existing: the arguments are ignored.
Table("children", Base.metadata, Column("ignored", Integer), keep_existing=True)
Table(
    "gadgets",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("note", String(40)),
)
Table(
    "audits",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("note", String(40)),
    schema="audit",
)
