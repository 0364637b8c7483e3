# A polymorphic_identity the analysis cannot evaluate is reported, not
# silently left out (an enum member is its value: test/schema's
# mapping_idioms case).
# RUN: %schemac schema --format=json %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON
from graphon.enums import ContentType
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Content(Base):
    __tablename__ = "content"
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "content"}
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(30))


class HumanInput(Content):
    __mapper_args__ = {"polymorphic_identity": ContentType.HUMAN_INPUT}


# CHECK: polymorphic-identity-unknown.py:6:1: warning: cannot resolve import of 'graphon.enums'
# CHECK: polymorphic-identity-unknown.py:22:1: warning: polymorphic_identity of 'HumanInput' cannot be evaluated ('graphon.enums.ContentType.HUMAN_INPUT': opaque module); it is left out
# JSON: "name": "polymorphic-identity-unknown.HumanInput",
# JSON: "polymorphic_identity": null,
