"""A table each storage's MetaData has, by one helper (as dagster's run,
event log and schedule storages each keep their secondary indexes)."""
import sqlalchemy as db


def secondary_index_table(metadata):
    return db.Table(
        "secondary_indexes",
        metadata,
        db.Column("id", db.Integer, primary_key=True, autoincrement=True),
        db.Column("name", db.String(512), unique=True),
        db.Column("create_timestamp", db.DateTime, server_default=db.text("CURRENT_TIMESTAMP")),
        db.Column("migration_completed", db.DateTime),
    )
