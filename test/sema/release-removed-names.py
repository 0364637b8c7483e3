# Names are imported from the stubs as the SQLAlchemy release has them: the
# classical mapper() maps its class on 1.4 and is gone in 2.0, where the
# import fails and the class stays unmapped (said); mapped_column is not in
# 1.4.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --check-prefix=R14
# RUN: %schemac schema --no-cache --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --check-prefix=R20
from sqlalchemy import Column, Integer, MetaData, String, Table
from sqlalchemy.orm import mapper

try:
    from sqlalchemy.orm import mapped_column
except ImportError:
    mapped_column = None

metadata = MetaData()
widgets = Table(
    "widgets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("label", String(40)),
)


class Widget:
    pass


mapper(Widget, widgets)

# R14-NOT: warning
# R14: table widgets  (release-removed-names.Widget)
# R14: 1 table, 1 mapped class; SQLAlchemy 1.4 rules (--sqlalchemy)

# R20: release-removed-names.py:[[@LINE-26]]:28: warning: 'mapper' is not in 'sqlalchemy.orm' of SQLAlchemy 2.0 (it was removed in 2.0); it is unknown here
# R20: table widgets{{$}}
# R20: 1 table, 0 mapped classes; SQLAlchemy 2.0 rules (--sqlalchemy)
