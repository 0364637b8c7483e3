import sqlalchemy as db

from .common import secondary_index_table

EventLogMetadata = db.MetaData()

EventLogsTable = db.Table(
    "event_logs",
    EventLogMetadata,
    db.Column("id", db.Integer, primary_key=True, autoincrement=True),
    db.Column("run_id", db.String(255)),
    db.Column("event", db.Text, nullable=False),
)

# The same name as the runs' table, with a column of its own: each is
# compared with its own.
EventSecondaryIndexes = secondary_index_table(EventLogMetadata)
EventSecondaryIndexes.append_column(db.Column("partition", db.String(255)))
