# exclude_properties / include_properties leave columns in the table and
# map them to no attribute; a list the analysis cannot evaluate is said,
# and every column is mapped then.
# RUN: %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --sqlalchemy=2.0 --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON
# CHECK: mapper-property-filters.py:[[@LINE+1]]:1: warning: cannot resolve import of 'not_in_project'
import not_in_project
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


# JSON: "name": "secret",
# JSON-NEXT: "attribute": null,
class Plain(Base):
    __tablename__ = "plain"
    __mapper_args__ = {"exclude_properties": ["secret"]}
    id: Mapped[int] = mapped_column(primary_key=True)
    secret: Mapped[str] = mapped_column(String(20))


# CHECK: mapper-property-filters.py:[[@LINE+3]]:1: warning: exclude_properties of 'Unknown' cannot be evaluated ('not_in_project.HIDDEN': opaque module); the columns are mapped as without it
# JSON: "name": "hidden",
# JSON-NEXT: "attribute": "hidden",
class Unknown(Base):
    __tablename__ = "unknown"
    __mapper_args__ = {"exclude_properties": not_in_project.HIDDEN}
    id: Mapped[int] = mapped_column(primary_key=True)
    hidden: Mapped[str] = mapped_column(String(20))
