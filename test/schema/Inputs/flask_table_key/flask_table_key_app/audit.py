from sqlalchemy import Column, Integer, String

from .ext import db

# A table named as the subclass below would name its own, in the models'
# MetaData, but in another schema.
engineer_audit = db.Table(
    "engineer",
    Column("id", Integer, primary_key=True),
    Column("note", String(40)),
    schema="audit",
)
