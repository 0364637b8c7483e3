# A misspelt keyword (nulable=False) makes no NOT NULL column: SQLAlchemy
# raises TypeError as the module is imported. Each is an error at the call.
# A keyword shaped <dialect>_<argument> of a dialect SQLAlchemy lacks
# (primay_key) is ignored with a warning, as SQLAlchemy does. Computed(),
# Identity() and Sequence() take no other keywords than their own: the
# others are errors, and what the call gives besides is read.
# RUN: not %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: not %schemac schema %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import (
    Column,
    Computed,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    Sequence,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    __table_args__ = (
        # CHECK: unexpected-keyword.py:[[@LINE+1]]:9: error: Index() got an unexpected keyword argument 'uniq'; SQLAlchemy raises TypeError (other arguments are named <dialect>_<argument>), and the analysis ignores the argument
        Index("ix_authors_name", "name", uniq=True),
        Index("ix_authors_email", "email", postgresql_using="hash"),
    )

    id = Column(Integer, primary_key=True)
    # CHECK: unexpected-keyword.py:[[@LINE+2]]:12: error: Column() got an unexpected keyword argument 'nulable'
    # SCHEMA: name VARCHAR(40) null
    name = Column(String(40), nulable=False, comment="shown")
    # CHECK: unexpected-keyword.py:[[@LINE+2]]:26: warning: mapped_column() got keyword argument 'primay_key', and SQLAlchemy has no dialect named 'primay': unless a third-party one of that name is installed, SQLAlchemy warns ("Can't validate argument") and ignores the argument, as the analysis does
    # SCHEMA: email VARCHAR(80) not null{{$}}
    email: Mapped[str] = mapped_column(String(80), primay_key=True, sort_order=2)
    # CHECK: unexpected-keyword.py:[[@LINE+1]]:13: error: relationship() got an unexpected keyword argument 'back_populate'; SQLAlchemy raises TypeError, and the analysis ignores the argument
    books = relationship("Book", back_populate="author", lazy="dynamic")


class Book(Base):
    __tablename__ = "books"

    id = Column(Integer, primary_key=True)
    # CHECK: unexpected-keyword.py:[[@LINE+1]]:24: warning: ForeignKey() got keyword argument 'on_delete', and SQLAlchemy has no dialect named 'on'
    author_id = Column(ForeignKey("authors.id", on_delete="CASCADE"), snowflake_x=1)
    author = relationship(Author, back_populates="books")
    # CHECK: unexpected-keyword.py:[[@LINE+2]]:33: error: Computed() got an unexpected keyword argument 'persisteD'; SQLAlchemy raises TypeError, and the analysis ignores the argument
    # SCHEMA: double_id INTEGER null generated as (id * 2){{$}}
    double_id = Column(Integer, Computed(id * 2, persisteD=True))
    # CHECK: unexpected-keyword.py:[[@LINE+2]]:30: error: Identity() got an unexpected keyword argument 'begin'
    # SCHEMA: serial INTEGER not null identity (START WITH 10){{$}}
    serial = Column(Integer, Identity(begin=5, start=10), nullable=False)
    # CHECK: unexpected-keyword.py:[[@LINE+1]]:30: error: Sequence() got an unexpected keyword argument 'step'
    ticket = Column(Integer, Sequence("books_ticket_seq", step=2, start=3))
    # SCHEMA: sequence books_ticket_seq (START WITH 3)


# CHECK: unexpected-keyword.py:[[@LINE+1]]:9: error: Table() got an unexpected keyword argument 'extend'
audit = Table(
    "audit",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    mysql_engine="InnoDB",
    extend=True,
)
