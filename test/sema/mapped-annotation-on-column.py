# Only mapped_column() takes nullability and type from its Mapped[...]
# annotation: a Column under one is as written, on 2.0 too; and on 1.4,
# where a project's fallback makes mapped_column() a Column, so is that
# (Flask-AppBuilder's security models). Checked against SQLAlchemy 1.4 and
# 2.0.52.
# RUN: %schemac schema --sqlalchemy=1.4 --format=json %s 2>/dev/null | %python -c "import json,sys; print([(c['name'], c['nullable']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s --check-prefix=V14
# RUN: %schemac schema --sqlalchemy=2.0 --format=json %s 2>/dev/null | %python -c "import json,sys; print([(c['name'], c['nullable']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s --check-prefix=V20
# V14: [('id', False), ('plain', True), ('via_fallback', True), ('optional', True)]
# V20: [('id', False), ('plain', True), ('via_fallback', False), ('optional', True)]
from typing import Optional

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import Mapped, declarative_base

try:
    from sqlalchemy.orm import mapped_column
except ImportError:

    def mapped_column(*args, **kwargs):
        return Column(*args, **kwargs)


Base = declarative_base()


class Group(Base):
    __tablename__ = "groups"
    id = Column(Integer, primary_key=True)
    plain: Mapped[str] = Column(String(10))
    via_fallback: Mapped[int] = mapped_column(Integer)
    optional: Mapped[Optional[int]] = mapped_column(Integer)
