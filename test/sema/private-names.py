# Private names (__x) in a class body and its methods are _Class__x, as
# Python mangles them: a mixin's __auto_table_args and the class's own are
# two attributes, both of which Indico's auto_table_args() collects.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr


def auto_table_args(cls):
    posargs, kwargs = [], {}
    for attr in dir(cls):
        if not attr.endswith("__auto_table_args"):
            continue
        value = getattr(cls, attr)
        posargs.extend(value[:-1])
        kwargs.update(value[-1])
    return (*posargs, kwargs)


class EventMixin:
    __auto_table_args = ({"schema": "events"},)


class Setting(EventMixin, declarative_base()):
    __tablename__ = "settings"
    __auto_table_args = (sa.UniqueConstraint("module", "name", name="uq_settings"), {})
    __size = 40

    @declared_attr
    def __table_args__(cls):
        return auto_table_args(cls)

    @declared_attr
    def code(cls):
        return sa.Column(sa.String(cls.__size // 2))

    id = sa.Column(sa.Integer, primary_key=True)
    module = sa.Column(sa.String(__size))
    name = sa.Column(sa.String(20))


# CHECK: table events.settings  (private-names.Setting)
# CHECK: module VARCHAR(40) null
# CHECK: code VARCHAR(20) null
# CHECK: unique uq_settings (module, name)
