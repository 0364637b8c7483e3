import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

events = sa.Table(
    "events", metadata,
    sa.Column("id", pg.UUID(as_uuid=True), primary_key=True),
    sa.Column("payload", pg.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
    sa.Column("tags", pg.ARRAY(sa.String(32)), default=list),
    sa.Column("amount", sa.Numeric(precision=18, scale=6)),
    sa.CheckConstraint("amount >= 0", name="amount_positive"),
    sa.Index("ix_events_payload", "payload", postgresql_using="gin"),
    schema="analytics",
)
