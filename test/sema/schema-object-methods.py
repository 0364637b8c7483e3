# Methods of a Table or MetaData the stubs leave out, called for what they
# change (table.indexes.discard(ix) drops an index SQLAlchemy then does not
# create; metadata.reflect() adds tables): a warning where the call is,
# rather than a schema that silently keeps what the call removes. What
# only acts on a database (create_all(), create()) changes no model.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
from sqlalchemy import Column, Index, Integer, MetaData, String, Table, create_engine

metadata = MetaData()
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50), index=True),
)
Index("ix_users_id_name", users.c.id, users.c.name)

engine = create_engine("sqlite://")
metadata.create_all(engine)
users.create(engine, checkfirst=True)
metadata.drop_all(engine)
users.drop(engine)
# CHECK: schema-object-methods.py:[[@LINE+1]]:1: warning: this call cannot be evaluated ('Table.indexes' is not modelled by schemac); what it changes is missing from the analysis
users.indexes.clear()
# CHECK: schema-object-methods.py:[[@LINE+1]]:1: warning: this call cannot be evaluated ('MetaData.reflect' is not modelled by schemac); what it changes is missing from the analysis
metadata.reflect(engine)
