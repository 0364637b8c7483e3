import datetime
import hashlib

import sqlalchemy as sa
from sqlalchemy import orm

from pollster_app.models.meta import Base, Entity


def _hash_ip(context):
    ip = context.get_current_parameters().get("ip_address") or ""
    return hashlib.sha256(ip.encode()).hexdigest()[:16]


class Respondent(Entity):
    __tablename__ = "respondents"

    email = sa.Column(sa.String(254), unique=True)
    token = sa.Column(sa.String(40), nullable=False, unique=True)
    locale = sa.Column(sa.String(10), nullable=False, server_default="en")


class Response(Entity):
    __tablename__ = "responses"

    survey_id = sa.Column(sa.Integer, sa.ForeignKey("surveys.id", ondelete="CASCADE"), nullable=False, index=True)
    respondent_id = sa.Column(sa.Integer, sa.ForeignKey("respondents.id", ondelete="SET NULL"))
    ip_address = sa.Column(sa.String(45))
    ip_hash = sa.Column(sa.String(16), default=_hash_ip)
    started_at = sa.Column(sa.DateTime, nullable=False, default=datetime.datetime.utcnow)
    submitted_at = sa.Column(sa.DateTime)
    user_agent = orm.deferred(sa.Column(sa.String(500)))

    answers = orm.relationship("Answer", back_populates="response", cascade="all, delete-orphan")
    respondent = orm.relationship(Respondent, backref=orm.backref("responses", lazy="dynamic"))


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (
        sa.PrimaryKeyConstraint("response_id", "question_id", name="pk_answers"),
        sa.Index("ix_answers_question", "question_id"),
    )

    response_id = sa.Column(sa.Integer, sa.ForeignKey("responses.id", ondelete="CASCADE"))
    question_id = sa.Column(sa.Integer, sa.ForeignKey("questions.id", ondelete="CASCADE"))
    choice_id = sa.Column(sa.Integer, sa.ForeignKey("choices.id"))
    text_value = sa.Column(sa.Text)
    number_value = sa.Column(sa.Numeric(10, 3))
    answered_at = sa.Column(sa.DateTime, server_default=sa.text("CURRENT_TIMESTAMP"))

    response = orm.relationship(Response, back_populates="answers")
