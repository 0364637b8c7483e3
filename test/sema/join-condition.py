# A relationship() without primaryjoin, secondary or foreign_keys takes its
# join condition from the foreign keys between the two mappers' tables (a
# joined subclass's parents' tables among them). With none, SQLAlchemy
# raises NoForeignKeysError as it configures the mappers.
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from typing import List, Optional

from sqlalchemy import Column, ForeignKey, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


tags_of_posts = Table(
    "tags_of_posts",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    mentor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("authors.id"))
    mentor: Mapped[Optional["Author"]] = relationship(remote_side=[id])
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "author"}


class Editor(Author):
    __tablename__ = "editors"
    id: Mapped[int] = mapped_column(ForeignKey("authors.id"), primary_key=True)
    # posts.author_id refers to authors, a table of Editor's mapper.
    posts: Mapped[List["Post"]] = relationship(viewonly=True)
    __mapper_args__ = {"polymorphic_identity": "editor"}


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped["Author"] = relationship()
    tags: Mapped[List["Tag"]] = relationship(secondary=tags_of_posts)
    # CHECK: join-condition.py:[[@LINE+1]]:5: error: relationship 'reviewers' of 'Post': no foreign key links table 'posts' and table 'tags', and no primaryjoin is given: SQLAlchemy cannot determine the join condition and raises as it configures the mappers (NoForeignKeysError)
    reviewers: Mapped[List["Tag"]] = relationship(viewonly=True)
    same_tags: Mapped[List["Tag"]] = relationship(
        primaryjoin="Post.id == foreign(Tag.id)", viewonly=True
    )
