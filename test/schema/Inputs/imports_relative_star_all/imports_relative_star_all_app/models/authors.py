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

