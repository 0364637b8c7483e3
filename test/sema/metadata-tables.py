# MetaData.tables and Table.to_metadata() / tometadata(): a class mapped to
# a table read from its MetaData, and the copies of tables in other
# MetaData, under the name and schema given (RETAIN_SCHEMA, None: the
# MetaData's), with their foreign keys following the schema. The tables
# match what SQLAlchemy 1.4 builds (sqla_schema.py), on all three dialects.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s 2> %t.err | FileCheck %s
# RUN: not grep -i warning %t.err
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class TimestampMixin:
    created_at = sa.Column(sa.DateTime, nullable=False)


class User(TimestampMixin, Base):
    __tablename__ = "users"
    __table_args__ = (sa.UniqueConstraint("email", name="uq_users_email"),)
    id = sa.Column(sa.Integer, primary_key=True)
    email = sa.Column(sa.String(120), index=True)


sa.Table(
    "orders",
    Base.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE")),
    sa.CheckConstraint("id > 0", name="ck_orders_positive"),
)


class Order(Base):
    __table__ = Base.metadata.tables["orders"]
    user = relationship(User)


archive = sa.MetaData(schema="archive")
for table in list(Base.metadata.tables.values()):
    table.to_metadata(archive)

reporting = sa.MetaData()
User.__table__.tometadata(reporting, schema="reporting", name="people")
Base.metadata.tables["orders"].to_metadata(reporting, schema=None)
again = Order.__table__.to_metadata(reporting, schema=None)
KEYS = sorted(Base.metadata.tables) + sorted(archive.tables) + sorted(reporting.tables)


class Note(Base):
    __tablename__ = "notes"
    id = sa.Column(sa.Integer, primary_key=True)
    body = sa.Column(sa.Text, comment=" ".join(KEYS))

# CHECK: "name": "notes",
# CHECK: "comment": "orders users archive.orders archive.users orders reporting.people"
# CHECK: "name": "orders",
# CHECK-NEXT: "schema": null,
# CHECK: "classes": [
# CHECK-NEXT: "metadata-tables.Order"
# CHECK: "attribute": "user_id",
# CHECK: "ref_schema": null,
# CHECK-NEXT: "ref_table": "users",
# CHECK: "name": "orders",
# CHECK-NEXT: "schema": null,
# CHECK: "classes": [],
# CHECK: "line": [[@LINE-22]],
# CHECK: "attribute": null,
# CHECK: "name": "users",
# CHECK-NEXT: "schema": null,
# CHECK: "name": "orders",
# CHECK-NEXT: "schema": "archive",
# CHECK: "ref_schema": "archive",
# CHECK-NEXT: "ref_table": "users",
# CHECK: "name": "users",
# CHECK-NEXT: "schema": "archive",
# CHECK: "name": "ix_archive_users_email",
# CHECK: "name": "uq_users_email",
# CHECK: "name": "people",
# CHECK-NEXT: "schema": "reporting",
# CHECK: "line": [[@LINE-37]],
# CHECK: "name": "created_at",
# CHECK: "name": "id",
# CHECK: "name": "email",
