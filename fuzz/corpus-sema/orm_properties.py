#--- orm_properties_app/__init__.py
"""CMS models: deferred columns, column_property, hybrids, synonyms (1.4 style)."""
#--- orm_properties_app/models.py
import re

from sqlalchemy import Column, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.ext.associationproxy import association_proxy
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import column_property, declarative_base, deferred, relationship, synonym, validates

Base = declarative_base()


class Author(Base):
    __tablename__ = "authors"

    id = Column(Integer, primary_key=True)
    first_name = Column(String(50), nullable=False)
    last_name = Column(String(50), nullable=False)
    # the column is "email", the mapped attribute "_email", the public name a synonym
    _email = Column("email", String(200), unique=True)
    # a SQL expression, not a column of the table
    display_name = column_property(first_name + " " + last_name)

    articles = relationship("Article", back_populates="author")
    article_titles = association_proxy("articles", "title")

    def _get_email(self):
        return self._email

    def _set_email(self, value):
        self._email = value.strip().lower()

    email = synonym("_email", descriptor=property(_get_email, _set_email))

    @hybrid_property
    def initials(self):
        return self.first_name[:1] + self.last_name[:1]

    @initials.expression
    def initials(cls):
        return func.substr(cls.first_name, 1, 1) + func.substr(cls.last_name, 1, 1)


class Article(Base):
    __tablename__ = "articles"

    id = Column(Integer, primary_key=True)
    author_id = Column(Integer, ForeignKey("authors.id"), nullable=False)
    title = Column(String(200), nullable=False)
    slug = Column(String(200), index=True)
    # loaded only on access
    body = deferred(Column(Text))
    summary = deferred(Column("summary_text", String(500)), group="text")
    # a real column, wrapped in column_property for its options
    views = column_property(Column(Integer, default=0), active_history=True)

    author = relationship(Author, back_populates="articles")
    comments = relationship("Comment", back_populates="article")

    @validates("slug")
    def _check_slug(self, key, value):
        if value and not re.match(r"^[a-z0-9-]+$", value):
            raise ValueError("bad slug")
        return value

    @hybrid_property
    def title_length(self):
        return len(self.title)


class Comment(Base):
    __tablename__ = "comments"

    id = Column(Integer, primary_key=True)
    article_id = Column(Integer, ForeignKey("articles.id", ondelete="CASCADE"))
    text = Column(Text, nullable=False)
    article = relationship(Article, back_populates="comments")


# added after both classes exist: a correlated subquery, no new table column
Article.comment_count = column_property(
    select(func.count(Comment.id)).where(Comment.article_id == Article.id).scalar_subquery(),
    deferred=True,
)
