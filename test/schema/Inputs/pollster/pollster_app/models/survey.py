from __future__ import annotations

from typing import List, Optional

import sqlalchemy as sa
from sqlalchemy import orm
from sqlalchemy.orm import Mapped

from pollster_app.models.meta import Entity, metadata

QUESTION_TYPES = ("single", "multi", "text", "scale", "date")

survey_tags = sa.Table(
    "survey_tags", metadata,
    sa.Column("survey_id", sa.Integer, sa.ForeignKey("surveys.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Entity):
    __tablename__ = "tags"

    label = sa.Column(sa.String(40), nullable=False, unique=True)


class Survey(Entity):
    __tablename__ = "surveys"

    title: Mapped[str] = sa.Column(sa.String(200), nullable=False)
    intro = sa.Column(sa.Text)
    is_anonymous = sa.Column(sa.Boolean(create_constraint=True, name="anon_bool"), nullable=False,
                             default=True)
    opens_at = sa.Column(sa.DateTime)
    closes_at = sa.Column(sa.DateTime)
    max_responses: Mapped[Optional[int]] = sa.Column(sa.Integer)
    owner_email = sa.Column(sa.String(254), nullable=False, index=True)

    pages: Mapped[List[Page]] = orm.relationship("Page", back_populates="survey", order_by="Page.number")
    tags = orm.relationship(Tag, secondary=survey_tags, backref="surveys")

    __table_args__ = (
        sa.CheckConstraint("closes_at IS NULL OR closes_at > opens_at", name="window"),
    )


class Page(Entity):
    __tablename__ = "pages"
    __table_args__ = (sa.UniqueConstraint("survey_id", "number"),)

    survey_id = sa.Column(sa.Integer, sa.ForeignKey("surveys.id", ondelete="CASCADE"), nullable=False)
    number = sa.Column(sa.SmallInteger, nullable=False, autoincrement=False)
    heading = sa.Column(sa.String(200))

    survey = orm.relationship(Survey, back_populates="pages")
    questions = orm.relationship("Question", back_populates="page", order_by="Question.position")


class Question(Entity):
    __tablename__ = "questions"

    page_id = sa.Column(sa.Integer, sa.ForeignKey("pages.id", ondelete="CASCADE"), nullable=False)
    position = sa.Column(sa.SmallInteger, nullable=False, default=0)
    prompt = sa.Column(sa.String(1000), nullable=False)
    qtype = sa.Column("type", sa.Enum(*QUESTION_TYPES, name="question_type", create_constraint=True),
                      nullable=False, default="single")
    required = sa.Column(sa.Boolean, nullable=False, default=False, server_default=sa.false())
    scale_min = sa.Column(sa.SmallInteger)
    scale_max = sa.Column(sa.SmallInteger)
    scale_span = sa.Column(sa.SmallInteger, sa.Computed("scale_max - scale_min"))

    page = orm.relationship(Page, back_populates="questions")
    choices = orm.relationship("Choice", backref="question", cascade="all, delete-orphan")


class Choice(Entity):
    __tablename__ = "choices"

    question_id = sa.Column(sa.Integer, sa.ForeignKey("questions.id", ondelete="CASCADE"), nullable=False)
    label = sa.Column(sa.String(300), nullable=False)
    value = sa.Column(sa.String(50))
    position = sa.Column(sa.SmallInteger, nullable=False, default=0)
    is_other = sa.Column(sa.Boolean, default=False)
