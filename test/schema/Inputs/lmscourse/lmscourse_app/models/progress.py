import datetime

from sqlalchemy import (Column, DateTime, Float, ForeignKey, Integer, SmallInteger, String, UniqueConstraint,
                        select, func)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.ext.associationproxy import association_proxy
from sqlalchemy.orm import column_property, relationship

from .base import Model


class Enrollment(Model):
    """Association object between learners and courses."""

    __table_args__ = (UniqueConstraint("learner_id", "course_id", name="one_enrollment"),)

    learner_id = Column(Integer, ForeignKey("learners.id", ondelete="CASCADE"), nullable=False)
    course_id = Column(Integer, ForeignKey("courses.id", ondelete="CASCADE"), nullable=False)
    enrolled_at = Column(DateTime, nullable=False, default=datetime.datetime.utcnow)
    completed_at = Column(DateTime)
    progress_pct = Column(Float, nullable=False, default=0.0)
    certificate_no = Column(String(24), unique=True)

    learner = relationship("Learner", back_populates="enrollments")
    course = relationship("Course", backref="enrollments")
    completions = relationship("LessonCompletion", back_populates="enrollment")

    course_title = association_proxy("course", "title")

    @hybrid_property
    def is_complete(self):
        return self.completed_at is not None


class LessonCompletion(Model):
    enrollment_id = Column(Integer, ForeignKey("enrollments.id", ondelete="CASCADE"), primary_key=True)
    lesson_id = Column(Integer, ForeignKey("lessons.id", ondelete="CASCADE"), primary_key=True)
    id = None  # composite key instead of the inherited surrogate id
    completed_at = Column(DateTime, nullable=False, default=datetime.datetime.utcnow)
    seconds_watched = Column(Integer, default=0)

    enrollment = relationship(Enrollment, back_populates="completions")


class Quiz(Model):
    __tablename__ = "quizzes"

    lesson_id = Column(Integer, ForeignKey("lessons.id"), nullable=False)
    title = Column(String(200), nullable=False)
    pass_mark = Column(SmallInteger, nullable=False, default=70)
    max_attempts = Column(SmallInteger)


class QuizAttempt(Model):
    quiz_id = Column(Integer, ForeignKey("quizzes.id"), nullable=False)
    enrollment_id = Column(Integer, ForeignKey("enrollments.id"), nullable=False)
    score = Column(SmallInteger, nullable=False)
    started_at = Column(DateTime, server_default=func.now(), nullable=False)
    finished_at = Column(DateTime)

    quiz = relationship(Quiz, backref="attempts")


Quiz.attempt_count = column_property(
    select(func.count(QuizAttempt.id)).where(QuizAttempt.quiz_id == Quiz.id).scalar_subquery()
)
