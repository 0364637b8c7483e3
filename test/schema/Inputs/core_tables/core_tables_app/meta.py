import sqlalchemy as sa

metadata = sa.MetaData(schema="inventory")

# a second, schema-less MetaData for the reporting tables
reporting_metadata = sa.MetaData()

order_id_seq = sa.Sequence("order_id_seq", start=1000, metadata=metadata)
