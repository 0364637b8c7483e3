# SQL expressions in CHECK constraints: BETWEEN and ~ (the negated operator
# where there is one, else NOT), as the DDL compiler writes them.
from sqlalchemy import Boolean, CheckConstraint, Column, Integer, MetaData, String, Table, and_, column

md = MetaData()

stock = Table(
    "stock", md,
    Column("id", Integer, primary_key=True),
    Column("qty", Integer),
    Column("kind", String(10)),
    Column("code", String(10)),
    Column("flag", Boolean),
    CheckConstraint(column("qty").between(0, 1000), name="qty_between"),
    CheckConstraint(~column("kind").like("x%"), name="kind_not_x"),
    CheckConstraint(column("kind").like("y%"), name="kind_y"),
    CheckConstraint(~(column("qty") > 5), name="qty_not_gt"),
    CheckConstraint(~and_(column("qty") > 5, column("qty") < 9), name="qty_not_range"),
    CheckConstraint(~column("qty").between(1, 2, symmetric=True), name="qty_not_symmetric"),
    CheckConstraint(~column("flag"), name="not_flag"),
    CheckConstraint(~(column("kind") == None), name="kind_present"),  # noqa: E711
    CheckConstraint(~column("kind").in_(["a", "b"]), name="kind_not_in"),
    CheckConstraint(column("code").not_in(["c", "d"]), name="code_not_in"),
    CheckConstraint((column("qty") + 1).between(column("id"), 10), name="qty_after_id"),
)
