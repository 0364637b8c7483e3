"""Hybrids whose SQL expression goes through a relationship: any() and has()
render EXISTS over the relationship's join condition, so they read its
columns, and the columns their keyword criteria name."""
from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, and_
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import backref, declarative_base, foreign, relationship

Base = declarative_base()

survey_tags = Table(
    "survey_tags",
    Base.metadata,
    Column("survey_id", ForeignKey("surveys.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class Event(Base):
    __tablename__ = "events"

    id = Column(Integer, primary_key=True)
    title = Column(String(100))
    visible = Column(Boolean)


class Survey(Base):
    __tablename__ = "surveys"

    id = Column(Integer, primary_key=True)
    event_id = Column(ForeignKey("events.id"))
    is_deleted = Column(Boolean)

    event = relationship(Event, backref=backref("surveys", lazy="dynamic"))
    questions = relationship("Question", back_populates="survey")
    tags = relationship("Tag", secondary=survey_tags)
    # Only the active ones: the join condition reads questions.active too.
    active_questions = relationship(
        "Question",
        primaryjoin="and_(Survey.id == Question.survey_id, Question.active == True)",
        viewonly=True,
    )

    @hybrid_property
    def has_questions(self):
        return bool(self.questions)

    @has_questions.expression
    def has_questions(cls):
        return cls.questions.any()

    @hybrid_property
    def is_public(self):
        return not self.is_deleted and self.event.visible

    @is_public.expression
    def is_public(cls):
        return ~cls.is_deleted & cls.event.has(visible=True)

    @hybrid_property
    def is_tagged_urgent(self):
        return any(t.label == "urgent" for t in self.tags)

    @is_tagged_urgent.expression
    def is_tagged_urgent(cls):
        return cls.tags.any(Tag.label == "urgent")

    @hybrid_property
    def has_active(self):
        return bool(self.active_questions)

    @has_active.expression
    def has_active(cls):
        return cls.active_questions.any(Question.title != None)  # noqa: E711


class Question(Base):
    __tablename__ = "questions"

    id = Column(Integer, primary_key=True)
    survey_id = Column(ForeignKey("surveys.id"))
    title = Column(String(200))
    active = Column(Boolean)

    survey = relationship(Survey, back_populates="questions")
    kind = Column(String(20))

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": None}

    @hybrid_property
    def in_live_survey(self):
        return self.survey is not None and not self.survey.is_deleted

    @in_live_survey.expression
    def in_live_survey(cls):
        return cls.survey.has(and_(Survey.is_deleted == False, Survey.id > 0))  # noqa: E712


class ChoiceQuestion(Question):
    __mapper_args__ = {"polymorphic_identity": "choice"}


class Poll(Base):
    __tablename__ = "polls"

    id = Column(Integer, primary_key=True)
    survey_id = Column(ForeignKey("surveys.id"))

    # A single-table subclass: any() reads the discriminator too.
    choice_questions = relationship(
        ChoiceQuestion,
        primaryjoin=lambda: Poll.survey_id == foreign(ChoiceQuestion.survey_id),
        viewonly=True,
    )

    @hybrid_property
    def has_choices(self):
        return bool(self.choice_questions)

    @has_choices.expression
    def has_choices(cls):
        return cls.choice_questions.any()


class Tag(Base):
    __tablename__ = "tags"

    id = Column(Integer, primary_key=True)
    label = Column(String(40))


def _event_has_surveys(cls):
    return cls.surveys.any(is_deleted=False)


# A backref's join condition is its forward relationship's.
Event.has_surveys = hybrid_property(lambda self: self.surveys.count() > 0, expr=_event_has_surveys)
