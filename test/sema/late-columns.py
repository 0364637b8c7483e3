# DeclarativeBase maps a class in its own __init_subclass__: an override's
# code before super() runs on the class unmapped, its code after on the
# mapped class (its __table__, an index on it, a column it adds), and an
# override that never calls super() leaves its subclasses unmapped.
# Columns set on a mapped class later (Model.attr = ..., setattr) join its
# table, as the declarative __setattr__ adds them. Checked against
# SQLAlchemy 2.0.52.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; print([(t['name'], [c['name'] for c in t['columns']], [i['name'] for i in t['indexes']]) for t in json.load(sys.stdin)['tables']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --allow-empty < %t.err
# CHECK: [('users', ['id', 'name', 'created', 'touched', 'nickname', 'rank'], ['ix_users_name'])]
# DIAG-NOT: {{warning|error}}:
import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    def __init_subclass__(cls, **kw):
        # Before super(): the class is not mapped yet; after: it is.
        if "__tablename__" in cls.__dict__:
            cls.created = mapped_column(sa.DateTime)
        super().__init_subclass__(**kw)
        if "__table__" in cls.__dict__:
            sa.Index("ix_%s_name" % cls.__table__.name, cls.__table__.c.name)
            cls.touched = mapped_column(sa.DateTime)


class Unmapped(Base):
    __abstract__ = True

    # Never reaches DeclarativeBase's hook: its subclasses stay unmapped.
    def __init_subclass__(cls, **kw):
        pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(20))


class Ghost(Unmapped):
    __tablename__ = "ghosts"
    id: Mapped[int] = mapped_column(primary_key=True)


User.nickname = mapped_column(sa.String(20))
setattr(User, "rank", sa.Column(sa.Integer))
