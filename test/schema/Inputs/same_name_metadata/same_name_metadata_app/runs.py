import sqlalchemy as db

from .common import secondary_index_table

RunStorageMetadata = db.MetaData()

RunsTable = db.Table(
    "runs",
    RunStorageMetadata,
    db.Column("id", db.Integer, primary_key=True, autoincrement=True),
    db.Column("run_id", db.String(255), unique=True),
    db.Column("status", db.String(63)),
)

RunTagsTable = db.Table(
    "run_tags",
    RunStorageMetadata,
    db.Column("id", db.Integer, primary_key=True, autoincrement=True),
    db.Column("run_id", None, db.ForeignKey("runs.run_id", ondelete="CASCADE")),
    db.Column("key", db.Text),
    db.Column("value", db.Text),
)

RunsSecondaryIndexes = secondary_index_table(RunStorageMetadata)
