# A bound method as a column default (a mixin's declared_attr giving
# default=cls.get_user_id, as Flask-AppBuilder's AuditMixin does; an
# object's method) is a callable named by its function's __qualname__: the
# class that defines it, here the subclass's override. Checked against
# SQLAlchemy 1.4.
# RUN: %schemac schema --format=json %s 2>/dev/null | %python -c "import json,sys; print([(c['name'], c['default']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# CHECK: [('id', None), ('changed_by_fk', {'kind': 'callable', 'value': 'Clock.now'}), ('created_by_fk', {'kind': 'callable', 'value': 'User.get_user_id'})]
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr

Base = declarative_base()


class AuditMixin:
    @classmethod
    def get_user_id(cls):
        return None

    @declared_attr
    def created_by_fk(cls):
        return sa.Column(sa.Integer, default=cls.get_user_id)


class Clock:
    def now(self):
        return None


clock = Clock()


class User(AuditMixin, Base):
    __tablename__ = "users"
    id = sa.Column(sa.Integer, primary_key=True)

    @classmethod
    def get_user_id(cls):
        return 1

    changed_by_fk = sa.Column(sa.Integer, default=clock.now)
