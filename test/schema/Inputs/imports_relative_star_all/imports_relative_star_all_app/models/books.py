import datetime as dt
from typing import Optional

import sqlalchemy as sa
import sqlalchemy.types as sqltypes
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import db
from ..db import types
from ..db.constants import SHELF_LEN as SHELF
from .authors import Author


class Book(db.Base):
    __tablename__ = "books"

    isbn: Mapped[str] = mapped_column(types.isbn_type(), primary_key=True)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("authors.id"))
    title: Mapped[str] = mapped_column(types.Title)
    shelf: Mapped[Optional[str]] = mapped_column(sqltypes.String(SHELF))
    published: Mapped[Optional[dt.date]]

    author: Mapped[Author] = relationship(back_populates="books")


class Loan(db.Base):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    isbn: Mapped[str] = mapped_column(sa.ForeignKey(Book.isbn))
    due: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True))

    book: Mapped[Book] = relationship()
