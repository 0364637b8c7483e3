from sqlalchemy import Column, Integer, String, Table, MetaData
md = MetaData()
src = Table("src", md, Column("id", Integer, primary_key=True), Column("name", String(20)))
t1 = Table("copy1", md, *[c.copy() for c in src.columns])
t2 = Table("copy2", md, *[Column(c.name, c.type) for c in src.c])
cols = []
for c in src.columns:
    cols.append(Column(c.name, c.type))
t3 = Table("copy3", md, *cols)
pk = ["id"]
t4 = Table("copy4", md, Column("id", Integer), Column("v", Integer))
from sqlalchemy import PrimaryKeyConstraint
t4.append_constraint(PrimaryKeyConstraint(*(pk + ["v"])))
