"""Attributes that before_configured / after_configured listeners of the
Mapper class add, as configure_mappers() calls them (Indico's
_mapper_configured): they may name classes defined after them."""
from sqlalchemy import Column, ForeignKey, Integer, String, cast, event, func, select
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapper, column_property, declarative_base, mapper

Base = declarative_base()


class Author(Base):
    __tablename__ = "authors"

    id = Column(Integer, primary_key=True)
    name = Column(String(80))
    nickname = Column(String(80))

    @classmethod
    def __declare_last__(cls):
        # Registered as the class is mapped: it runs before the listener
        # below, which was registered later, and sees none of its work.
        cls.shown_name = column_property(func.coalesce(cls.nickname, cls.name))


@event.listens_for(mapper, "after_configured", once=True)
def _mapper_configured():
    # Book is defined below this function.
    Author.book_count = column_property(
        select(func.count(Book.id))
        .where(Book.author_id == Author.id)
        .correlate_except(Book)
        .scalar_subquery(),
        deferred=True,
    )


class Book(Base):
    __tablename__ = "books"

    id = Column(Integer, primary_key=True)
    author_id = Column(ForeignKey("authors.id"))
    title = Column(String(200))
    pages = Column(Integer)


def _add_summary():
    Book.summary = column_property(Book.title + " (" + cast(Book.pages, String) + ")")


event.listen(Mapper, "after_configured", _add_summary)


@event.listens_for(Mapper, "before_configured")
def _before_configured():
    Book.is_long = hybrid_property(lambda self: self.pages > 500)


def _removed():
    Book.removed = column_property(Book.title)


event.listen(Mapper, "after_configured", _removed)
event.remove(Mapper, "after_configured", _removed)
