"""Classical mapping, as 1.3-era code wrote it and 1.4 still runs it:
tables, plain classes and mapper() calls."""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table
from sqlalchemy.orm import mapper, relationship

metadata = MetaData()

authors = Table(
    "authors",
    metadata,
    Column("author_id", Integer, primary_key=True),
    Column("full_name", String(80), nullable=False, key="name"),
)

books = Table(
    "books",
    metadata,
    Column("book_id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("author_id", Integer, ForeignKey("authors.author_id", ondelete="CASCADE")),
)


class Author:
    def __init__(self, name):
        self.name = name


class Book:
    pass


mapper(
    Author,
    authors,
    properties={
        "books": relationship(Book, back_populates="author", lazy="dynamic"),
    },
)
mapper(Book, books, properties={"author": relationship(Author, back_populates="books")})
