# A match whose subject the analysis cannot know runs the first case that
# might match, as an if/elif chain over an unknown condition does, and says
# so at that case's pattern; cases that surely do not match are skipped
# without a word.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# CHECK: match-unknown-subject.py:8:1: warning: cannot resolve import
# RUN: %schemac schema --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON
from deployment.settings import NOTE_TYPE
from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def text_type(setting):
    match setting:
        case 1 | 2 if False:
            return Integer()
        # CHECK: match-unknown-subject.py:[[@LINE+1]]:14: warning: condition cannot be evaluated; assuming it is true
        case "short":
            return String(20)
        case _:
            return Text()


def known(setting):
    match setting:
        case [width, *_]:
            return String(width)
        case _:
            return Text()


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    # JSON: "name": "body",
    # JSON-NEXT: "attribute": "body",
    # JSON-NEXT: "type": "VARCHAR(20)"
    body = mapped_column(text_type(NOTE_TYPE))
    # JSON: "name": "title",
    # JSON-NEXT: "attribute": "title",
    # JSON-NEXT: "type": "VARCHAR(80)"
    title = mapped_column(known((80, "x")))
