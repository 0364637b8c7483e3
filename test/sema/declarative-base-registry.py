# A 2.0 DeclarativeBase has a registry of its MetaData: classes mapped by
# @Base.registry.mapped and by Base.registry.map_imperatively() are the
# base's too (their table in its MetaData); they were left out, silently.
# Checked against SQLAlchemy 2.0.52.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; d=json.load(sys.stdin); print([t['name'] for t in d['tables']], [c['name'] for c in d['classes']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --allow-empty < %t.err
# CHECK: ['gadgets', 'users', 'widgets'] ['declarative-base-registry.Plain', 'declarative-base-registry.User', 'declarative-base-registry.Widget']
# DIAG-NOT: {{warning|error}}:
import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


@Base.registry.mapped
class Widget:
    __tablename__ = "widgets"
    id: Mapped[int] = mapped_column(primary_key=True)


class Plain:
    pass


gadgets = sa.Table("gadgets", Base.metadata, sa.Column("id", sa.Integer, primary_key=True))
Base.registry.map_imperatively(Plain, gadgets)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
