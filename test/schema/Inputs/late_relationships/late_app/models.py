"""Relationships set on mapped classes after their class statements: by
the models module itself, and by another module that imports both sides
(how projects break import cycles)."""
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, registry, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))


Author.books = relationship(Book, back_populates="author")
Book.author = relationship(Author, back_populates="books")

other = registry()


@other.mapped
class Shelf:
    __tablename__ = "shelves"
    id: Mapped[int] = mapped_column(primary_key=True)


# A registry.mapped class has no hook for this: a plain class attribute.
Shelf.books = relationship(Book, viewonly=True)
