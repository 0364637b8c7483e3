#--- imports_relative_star_all_app/__init__.py
"""Library catalogue: nested packages, aliases, star imports and re-exports."""
from .models import *  # noqa: F401,F403
from .models import __all__ as _model_names

__all__ = list(_model_names)
#--- imports_relative_star_all_app/db/__init__.py
from .base import Base as Base, metadata  # noqa: F401
#--- imports_relative_star_all_app/db/base.py
import sqlalchemy as sa
from sqlalchemy import orm as so

metadata = sa.MetaData(schema=None)


class Base(so.DeclarativeBase):
    metadata = metadata
#--- imports_relative_star_all_app/db/constants.py
# no __all__: a star import takes every public name, never the _private ones
NAME_LEN = 80
SHELF_LEN = 6
_LOCAL_LEN = 99
#--- imports_relative_star_all_app/db/types.py
"""Column types shared by the models. Only the names in __all__ are exported."""
from sqlalchemy import String, Unicode

__all__ = ["Code", "Title", "isbn_type"]

Code = String(12)
Title = Unicode(150)

# not exported: `from .types import *` must not shadow sqlalchemy's Text with this
Text = String(10)


def isbn_type():
    return String(13)
#--- imports_relative_star_all_app/models/__init__.py
from .authors import *  # noqa: F401,F403
from .books import Book, Loan  # noqa: F401
from . import authors as _authors

__all__ = _authors.__all__ + ["Book", "Loan"]
#--- imports_relative_star_all_app/models/authors.py
from typing import List

from sqlalchemy import String, Text, Unicode
from sqlalchemy.orm import Mapped, mapped_column, relationship

import imports_relative_star_all_app.db.base as dbbase
from ..db.types import *  # noqa: F401,F403
from ..db.constants import *  # noqa: F401,F403

_LOCAL_LEN = 40
from ..db.constants import *  # noqa: E402,F401,F403  (a second star import keeps _LOCAL_LEN)

__all__ = ["Author"]


class Author(dbbase.Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(Code, unique=True)
    name: Mapped[str] = mapped_column(Title)
    biography: Mapped[str | None] = mapped_column(Text)
    pen_name: Mapped[str | None] = mapped_column(String(_LOCAL_LEN))
    nationality: Mapped[str | None] = mapped_column(Unicode(NAME_LEN))

    books: Mapped[List["Book"]] = relationship(
        "imports_relative_star_all_app.models.books.Book", back_populates="author"
    )


class AuthorAlias(dbbase.Base):
    """Not in __all__ but mapped all the same: importing the module maps it."""

    __tablename__ = "author_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(dbbase.sa.ForeignKey(Author.id))
    alias: Mapped[str] = mapped_column(Title)

#--- imports_relative_star_all_app/models/books.py
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
