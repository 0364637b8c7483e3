# MetaData.sorted_tables: each table after those its foreign keys refer to,
# from the tables sorted by key, as SQLAlchemy's sort_tables() orders them:
# a table's reference to itself and a use_alter foreign key are no
# dependency, and tables in a cycle give up theirs. A loop over it copies
# tables with to_metadata(). The orders are what SQLAlchemy 1.4 gives, and
# the tables match sqla_schema.py.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 --format=json %s 2> %t.err | FileCheck %s
# RUN: not grep -i warning %t.err
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Line(Base):
    __tablename__ = "lines"
    id = sa.Column(sa.Integer, primary_key=True)
    order_id = sa.Column(sa.ForeignKey("orders.id"))
    product_id = sa.Column(sa.ForeignKey("products.id"))


class Order(Base):
    __tablename__ = "orders"
    id = sa.Column(sa.Integer, primary_key=True)
    customer_id = sa.Column(sa.ForeignKey("customers.id"))
    parent_id = sa.Column(sa.ForeignKey("orders.id"))


class Customer(Base):
    __tablename__ = "customers"
    id = sa.Column(sa.Integer, primary_key=True)
    last_order_id = sa.Column(sa.ForeignKey("orders.id", use_alter=True))


sa.Table("products", Base.metadata, sa.Column("id", sa.Integer, primary_key=True))
sa.Table("audit", Base.metadata, sa.Column("id", sa.Integer, primary_key=True), schema="ops")
sa.Table("a", Base.metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("b_id", sa.ForeignKey("b.id")))
sa.Table("b", Base.metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("a_id", sa.ForeignKey("a.id")))

ORDER = " ".join(t.key for t in Base.metadata.sorted_tables)

archive = sa.MetaData(schema="archive")
for table in Base.metadata.sorted_tables:
    if table.name in ("lines", "orders", "products", "customers"):
        table.to_metadata(archive)
ARCHIVED = " ".join(t.key for t in archive.sorted_tables)


class Note(Base):
    __tablename__ = "notes"
    id = sa.Column(sa.Integer, primary_key=True)
    order = sa.Column(sa.Text, comment=ORDER)
    archived = sa.Column(sa.Text, comment=ARCHIVED)

# CHECK: "name": "notes",
# CHECK: "name": "order",
# CHECK: "comment": "a b customers ops.audit products orders lines"
# CHECK: "name": "archived",
# CHECK: "comment": "archive.customers archive.products archive.orders archive.lines"
