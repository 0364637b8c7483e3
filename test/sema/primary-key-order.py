# The primary key's columns: on 1.4 in the table's column order (mixin
# columns first, by creation), as zou's link tables have them; on 2.0 as
# 2.0 orders the table; a PrimaryKeyConstraint's as written on both.
# Checked against SQLAlchemy 1.4 and 2.0.52.
# RUN: %schemac schema --sqlalchemy=1.4 --format=json %s 2>/dev/null | %python -c "import json,sys; print([(t['name'], t['primary_key']['columns']) for t in json.load(sys.stdin)['tables']])" | FileCheck %s --check-prefix=V14
# RUN: %schemac schema --sqlalchemy=2.0 --format=json %s 2>/dev/null | %python -c "import json,sys; print([(t['name'], t['primary_key']['columns']) for t in json.load(sys.stdin)['tables']])" | FileCheck %s --check-prefix=V20
# V14: [('entity_link', ['id', 'entity_in_id', 'entity_out_id']), ('explicit', ['b', 'id'])]
# V20: [('entity_link', ['entity_in_id', 'entity_out_id', 'id']), ('explicit', ['b', 'id'])]
import uuid
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class BaseMixin:
    id = sa.Column(sa.Integer, primary_key=True)
    created_at = sa.Column(sa.DateTime)


class EntityLink(Base, BaseMixin):
    __tablename__ = "entity_link"
    entity_in_id = sa.Column(sa.Integer, primary_key=True)
    entity_out_id = sa.Column(sa.Integer, primary_key=True)


class Explicit(Base, BaseMixin):
    __tablename__ = "explicit"
    b = sa.Column(sa.Integer)
    a = sa.Column(sa.Integer)
    __table_args__ = (sa.PrimaryKeyConstraint("b", "id"),)
