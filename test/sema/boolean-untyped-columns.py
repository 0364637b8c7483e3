# SQLAlchemy makes a Boolean column a condition (flag = 1 where the dialect
# has no booleans) as AND, OR or NOT builds the expression: a
# mapped_column() typed only by its Mapped[bool] annotation has no type yet
# in the class body, so it stays bare there, and is a condition in an
# expression built after the class. Expected DDL from SQLAlchemy 2.0.52.
# RUN: %schemac schema --sqlalchemy=2.0 --dialect=postgresql --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=PG
# RUN: %schemac schema --sqlalchemy=2.0 --dialect=mysql --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=MYSQL
# RUN: %schemac schema --sqlalchemy=2.0 --dialect=sqlite --format=ddl %s 2>%t.err | FileCheck %s --check-prefix=SQLITE
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: --allow-empty < %t.err
# PG: CONSTRAINT ck_active_or_empty CHECK (active OR qty = 0),
# PG-NEXT: CONSTRAINT ck_flagged_stock CHECK (flagged AND qty > 0)
# MYSQL: CONSTRAINT ck_active_or_empty CHECK (active OR qty = 0),
# MYSQL-NEXT: CONSTRAINT ck_flagged_stock CHECK (flagged = 1 AND qty > 0)
# SQLITE: CONSTRAINT ck_active_or_empty CHECK (active OR qty = 0),
# SQLITE-NEXT: CONSTRAINT ck_flagged_stock CHECK (flagged = 1 AND qty > 0)
# SQLITE-DAG: CREATE INDEX ix_live ON items (qty) WHERE NOT deleted;
# SQLITE-DAG: CREATE INDEX ix_active ON items (qty) WHERE active = 1 AND qty > 5;
# DIAG-NOT: warning
from sqlalchemy import Boolean, CheckConstraint, Index, and_, or_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    active: Mapped[bool] = mapped_column(default=True)
    deleted: Mapped[bool] = mapped_column(default=False)
    flagged: Mapped[bool] = mapped_column(Boolean(create_constraint=False))
    qty: Mapped[int] = mapped_column()
    __table_args__ = (
        CheckConstraint(or_(active, qty == 0), name="ck_active_or_empty"),
        CheckConstraint(and_(flagged, qty > 0), name="ck_flagged_stock"),
        Index("ix_live", qty, sqlite_where=~deleted),
    )


Index("ix_active", Item.qty, sqlite_where=and_(Item.active, Item.qty > 5))
