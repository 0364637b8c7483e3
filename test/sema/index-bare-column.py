# CKAN's user table: an index over func.lower(Column("email")), a column
# object of no table, is on lower(email), as SQLAlchemy renders it.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning:
import sqlalchemy as sa

md = sa.MetaData()
user = sa.Table(
    "user",
    md,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("email", sa.UnicodeText),
    sa.Index("ix_email_lower", sa.func.lower(sa.Column("email")), unique=True),
)

# CHECK: CREATE UNIQUE INDEX ix_email_lower ON "user" (lower(email));
