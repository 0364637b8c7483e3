# before_configured and after_configured listeners of the Mapper class (or
# 1.4's mapper()) run as configure_mappers() runs them, in the order they
# and the classes' __declare_first__ / __declare_last__ were registered.
# SQLAlchemy calls no listener of those events registered on anything else
# (it warns). A DDL event's listener is registered, not run, with a
# warning (mapper-configured.py has the mapper events).
# The reads are what SQLAlchemy 1.4.46 and 2.0.52 build.
# RUN: %schemac dump-ir %s 2>&1 | FileCheck %s --implicit-check-not=warning:
from sqlalchemy import Column, Integer, String, event, func
from sqlalchemy.orm import Mapper, column_property, declarative_base

Base = declarative_base()


class Author(Base):
    __tablename__ = "authors"

    id = Column(Integer, primary_key=True)
    name = Column(String(80))
    nickname = Column(String(80))

    @classmethod
    def __declare_first__(cls):
        cls.upper_name = column_property(func.upper(cls.name))


@event.listens_for(Mapper, "before_configured")
def _replace_upper_name():
    # Registered after the class's hook: runs after it, and wins.
    Author.upper_name = column_property(func.upper(Author.nickname))


@event.listens_for(Author, "after_configured")
def _never_called():
    Author.never = column_property(Author.name)


@event.listens_for(Author.__table__, "after_create")
def _not_run(target, connection, **kw):
    pass


# CHECK: configure-listeners.py:[[#@LINE-10]]:2: warning: 'after_configured' listeners run only with the Mapper class as their target: SQLAlchemy warns, and never calls this one
# CHECK: configure-listeners.py:[[#@LINE-6]]:2: warning: 'after_create' event listeners do not run in the analysis
# CHECK:      class "configure-listeners.Author"
# CHECK:        column_property @upper_name -> @authors(@nickname)
# CHECK-NOT:    @never
