# What the analysis cannot copy or map through MetaData.tables and
# Table.to_metadata() is said, with where and why, never dropped silently.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base
from project_settings import make_metadata

Base = declarative_base()
md = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"})
users = sa.Table(
    "users",
    md,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.String(50), unique=True),
)
other = sa.MetaData()

users.to_metadata(make_metadata())
# CHECK: metadata-tables-diags.py:[[@LINE-1]]:1: warning: the copy Table.to_metadata() makes cannot be evaluated (the MetaData: 'project_settings.make_metadata()': opaque module); it is left out
users.to_metadata(other, name="people")
# CHECK: metadata-tables-diags.py:[[@LINE-1]]:1: warning: the copy of table 'users' may differ from SQLAlchemy's: the names its naming convention gives constraints are computed for the copy
users.to_metadata(other, schema="s", referred_schema_fn=lambda *args: None)
# CHECK: metadata-tables-diags.py:[[@LINE-1]]:1: warning: the copy of table 'users' may differ from SQLAlchemy's: the names its naming convention gives constraints are computed for the copy; referred_schema_fn is not run; its foreign keys follow the default rule

# The copy's Column objects are new ones, which the analysis does not make.
copy = users.to_metadata(sa.MetaData(), schema="t")
for column in copy.columns:
    column.comment = "copied"
# CHECK: metadata-tables-diags.py:[[@LINE-2]]:15: warning: loop over a value that cannot be evaluated ('Table.columns' is not modelled by schemac); its body is skipped
Made = type("Made", (Base,), {"__tablename__": "made", **make_metadata()})
# CHECK: metadata-tables-diags.py:[[@LINE-1]]:8: warning: type() cannot make this class (**-unpacking of an unknown mapping); if it is a model, it is left out


class Account(Base):
    __table__ = md.tables.get("accounts")
# CHECK: metadata-tables-diags.py:[[@LINE-1]]:5: warning: __table__ cannot be evaluated as a Table (None); the class is left unmapped

# A column's unique=True makes its constraint anew in each copy, named by
# the copy's MetaData (none here), as in SQLAlchemy 1.4.
# CHECK: table people
# CHECK: unique <unnamed> (email)
# CHECK: table users
# CHECK: unique uq_users_email (email)
# CHECK: table s.users
# CHECK: unique <unnamed> (email)
