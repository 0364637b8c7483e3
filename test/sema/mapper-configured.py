# before_mapper_configured and mapper_configured listeners run as
# configure_mappers() runs them: with (mapper, class_) of each mapper
# configured, in the order the mappers were made, after the
# before_configured listeners and before after_configured; those of the
# Mapper class before a mapper's own; a class's for its own mapper, and with
# propagate=True for its subclasses' (an unmapped base's only so); once=True
# for the first; named=True by keyword.
# The reads are what SQLAlchemy 1.4.46 and 2.0.52 build.
# RUN: %schemac dump-ir %s 2>&1 | FileCheck %s --implicit-check-not=warning:
from sqlalchemy import Column, ForeignKey, Integer, String, event, func
from sqlalchemy.orm import EXT_SKIP, Mapper, column_property, declarative_base

Base = declarative_base()


class Stamped:
    stamp = Column(String(20))


@event.listens_for(Stamped, "mapper_configured", propagate=True)
def _stamp_upper(mapper, cls):
    cls.stamp_upper = column_property(func.upper(cls.stamp))


@event.listens_for(Stamped, "mapper_configured")
def _never_mapped(mapper, cls):
    cls.never = column_property(func.lower(cls.stamp))


class Author(Stamped, Base):
    __tablename__ = "authors"

    id = Column(Integer, primary_key=True)
    name = Column(String(80))
    nickname = Column(String(80))


class Book(Base):
    __tablename__ = "books"

    id = Column(Integer, primary_key=True)
    title = Column(String(80))
    subtitle = Column(String(80))
    author_id = Column(ForeignKey("authors.id"))


class Novel(Book):
    __tablename__ = "novels"

    id = Column(ForeignKey("books.id"), primary_key=True)
    genre = Column(String(40))


@event.listens_for(Mapper, "mapper_configured", named=True)
def _every_mapper(**kw):
    cls = kw["class_"]
    if kw["mapper"].local_table.name == "authors":
        cls.name_length = column_property(func.length(cls.name))
        cls.display = column_property(func.lower(cls.name))


@event.listens_for(Author, "mapper_configured")
def _author_display(mapper, cls):
    # An instance listener runs after the Mapper class's: this one wins.
    cls.display = column_property(func.lower(cls.nickname))


@event.listens_for(Book, "mapper_configured")
def _book_only(mapper, cls):
    setattr(cls, cls.__tablename__ + "_title", column_property(func.upper(cls.title)))


@event.listens_for(Book, "mapper_configured", propagate=True)
def _book_and_children(mapper, cls):
    setattr(cls, cls.__tablename__ + "_sub", column_property(func.upper(mapper.local_table.c.id)))


@event.listens_for(Mapper, "mapper_configured", once=True)
def _first_mapper_only(mapper, cls):
    cls.first = column_property(func.abs(mapper.local_table.c.id))


def _removed(mapper, cls):
    cls.removed = column_property(func.abs(mapper.local_table.c.id))


event.listen(Mapper, "mapper_configured", _removed)
event.remove(Mapper, "mapper_configured", _removed)


@event.listens_for(Mapper, "before_configured")
def _before_every_mapper():
    # Runs before any mapper_configured listener, which replaces this.
    Book.books_title = column_property(func.lower(Book.subtitle))


@event.listens_for(Mapper, "after_configured")
def _after_every_mapper():
    # Runs once every mapper is configured: this replaces _every_mapper's.
    Author.name_length = column_property(func.length(Author.nickname))


# A mapper a before_mapper_configured listener skips (retval=True) is left
# unconfigured: no mapper_configured listener runs for it. Without retval,
# what the listener returns does not count.
Unconfigured = declarative_base(metadata=Base.metadata)


class Draft(Unconfigured):
    __tablename__ = "drafts"

    id = Column(Integer, primary_key=True)


class Note(Base):
    __tablename__ = "notes"

    id = Column(Integer, primary_key=True)


@event.listens_for(Unconfigured, "before_mapper_configured", retval=True, propagate=True)
def _skip(mapper, cls):
    return EXT_SKIP


@event.listens_for(Note, "before_mapper_configured")
def _not_skipped(mapper, cls):
    return EXT_SKIP


@event.listens_for(Mapper, "mapper_configured")
def _row_id(mapper, cls):
    if cls.__name__ in ("Draft", "Note"):
        cls.row_id = column_property(func.abs(mapper.local_table.c.id))


# CHECK:      class "mapper-configured.Author"
# CHECK-NEXT:   column_property @display -> @authors(@nickname) loc("mapper-configured.py":65:5)
# CHECK-NEXT:   column_property @first -> @authors(@id)
# CHECK-NEXT:   column_property @name_length -> @authors(@nickname) loc("mapper-configured.py":100:5)
# CHECK-NEXT:   column_property @stamp_upper -> @authors(@stamp)
# CHECK-NEXT: }
# CHECK-NEXT: class "mapper-configured.Book"
# CHECK-NEXT:   column_property @books_sub -> @books(@id)
# CHECK-NEXT:   column_property @books_title -> @books(@title) loc("mapper-configured.py":70:5)
# CHECK-NEXT: }
# CHECK-NEXT: class "mapper-configured.Draft" {table = @drafts} loc("mapper-configured.py":109:1)
# CHECK-NEXT: class "mapper-configured.Note" {table = @notes} loc("mapper-configured.py":115:1) {
# CHECK-NEXT:   column_property @row_id -> @notes(@id)
# CHECK-NEXT: }
# CHECK-NEXT: class "mapper-configured.Novel"
# CHECK-NEXT:   column_property @novels_sub -> @novels(@id)
# CHECK-NEXT: }
