from sqlalchemy import (Boolean, CheckConstraint, Column, Date, ForeignKey, Integer, Numeric, String, Table,
                        Text, UniqueConstraint)
from sqlalchemy.orm import backref, relationship, deferred

from .base import Audited, Model

course_instructors = Table(
    "course_instructors", Model.metadata,
    Column("course_id", ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True),
    Column("instructor_id", ForeignKey("instructors.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(20), nullable=False, server_default="lead"),
)

LEVELS = ("beginner", "intermediate", "advanced")


class Course(Audited, Model):
    code = Column(String(16), nullable=False, unique=True)
    title = Column(String(200), nullable=False)
    summary = Column(String(500))
    syllabus = deferred(Column(Text))
    level = Column(String(12), CheckConstraint("level IN ('beginner', 'intermediate', 'advanced')",
                                               name="level_valid"), nullable=False, default=LEVELS[0])
    price = Column(Numeric(8, 2), nullable=False, default=0)
    published = Column(Boolean, nullable=False, default=False)
    starts_on = Column(Date)

    instructors = relationship("Instructor", secondary="course_instructors",
                               backref=backref("courses", lazy="dynamic"))
    modules = relationship("Module", order_by="Module.position", back_populates="course")


class Module(Model):
    __table_args__ = (UniqueConstraint("course_id", "position"),)

    course_id = Column(Integer, ForeignKey("courses.id", ondelete="CASCADE"), nullable=False)
    title = Column(String(200), nullable=False)
    position = Column(Integer, nullable=False)

    course = relationship(Course, back_populates="modules")
    lessons = relationship("Lesson", order_by="Lesson.position", backref="module")


class Lesson(Model):
    module_id = Column(Integer, ForeignKey("modules.id", ondelete="CASCADE"), nullable=False, index=True)
    title = Column(String(200), nullable=False)
    position = Column(Integer, nullable=False, default=0)
    kind = Column(String(10), nullable=False, default="video")
    video_url = Column(String(500))
    duration_seconds = Column(Integer, CheckConstraint("duration_seconds >= 0", name="duration_nonneg"))
    body = deferred(Column(Text), group="content")
    is_preview = Column(Boolean, default=False)
