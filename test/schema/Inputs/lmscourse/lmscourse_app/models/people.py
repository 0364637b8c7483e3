from sqlalchemy import Boolean, Column, Index, String, Text, func
from sqlalchemy.orm import relationship

from .base import Audited, Model


class Learner(Audited, Model):
    email = Column(String(254), nullable=False)
    display_name = Column(String(80), nullable=False)
    timezone = Column(String(40), default="UTC")
    is_active = Column(Boolean, default=True, nullable=False)

    enrollments = relationship("Enrollment", back_populates="learner")

    __table_args__ = (
        Index("ix_learners_email_lower", func.lower(email), unique=True),
        {"mysql_engine": "InnoDB"},
    )


class Instructor(Audited, Model):
    email = Column(String(254), nullable=False, unique=True)
    full_name = Column(String(120), nullable=False)
    headline = Column(String(200))
    bio_markdown = Column("bio", Text, key="bio_markdown")
