"""Knowledge base articles shown in the help centre."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import sqlalchemy as sa
from sqlalchemy import orm
from sqlalchemy.dialects import mysql

from ticketdesk_app.models.base import Base

LOCALES = ("en", "de", "fr", "es")


class Article(Base):
    __tablename__ = "kb_articles"
    __table_args__ = (sa.UniqueConstraint("slug", "locale", name="uq_article_slug_locale"),
                      {"comment": "help centre articles"})

    id: orm.Mapped[int] = orm.mapped_column(primary_key=True)
    slug: orm.Mapped[str] = orm.mapped_column(sa.String(120))
    locale: orm.Mapped[str] = orm.mapped_column(sa.Enum(*LOCALES, name="kb_locale"), default="en")
    title: orm.Mapped[str] = orm.mapped_column(sa.String(200))
    body_html: orm.Mapped[str] = orm.mapped_column(sa.Text().with_variant(mysql.MEDIUMTEXT(), "mysql"))
    draft: orm.Mapped[bool] = orm.mapped_column(server_default=sa.true())
    votes_up: orm.Mapped[int] = orm.mapped_column(default=0)
    votes_down: orm.Mapped[int] = orm.mapped_column(default=0)
    published_on: orm.Mapped[Optional[dt.date]]

    score = orm.column_property(votes_up - votes_down)
