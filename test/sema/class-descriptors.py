# A descriptor of the project's: reading the attribute calls its __get__,
# as Indico's strict_classproperty gives each settings model the
# __auto_table_args that auto_table_args() collects.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr


class classproperty(property):
    def __get__(self, obj, type=None):
        return self.fget.__get__(None, type)()


class strict_classproperty(classproperty):
    def __get__(self, obj, type=None):
        if obj is not None:
            raise AttributeError("not on instances")
        return super().__get__(obj, type)


def auto_table_args(cls, **extra):
    posargs, kwargs = [], {}
    for attr in dir(cls):
        if not attr.endswith("__auto_table_args"):
            continue
        value = getattr(cls, attr)
        posargs.extend(value[:-1])
        kwargs.update(value[-1])
    kwargs.update(extra)
    return (*posargs, kwargs)


Base = declarative_base()


class Setting(Base):
    __tablename__ = "settings"

    @strict_classproperty
    @staticmethod
    def __auto_table_args():
        return (sa.UniqueConstraint("module", "name", name="uq_settings"), {"schema": "categories"})

    @declared_attr
    def __table_args__(cls):
        return auto_table_args(cls)

    id = sa.Column(sa.Integer, primary_key=True)
    module = sa.Column(sa.String(20))
    name = sa.Column(sa.String(20))


# CHECK: table categories.settings  (class-descriptors.Setting)
# CHECK: unique uq_settings (module, name)
