"""Sequences: given MetaData, as a column's default, and behind next_value()."""

from sqlalchemy import BigInteger, Column, Integer, MetaData, Sequence, SmallInteger, String
from sqlalchemy.orm import declarative_base

metadata = MetaData(schema="shop")
Base = declarative_base(metadata=metadata)

# Created before every table: metadata= gives them the MetaData's schema.
invoice_number_seq = Sequence("invoice_number_seq", start=1000, increment=10, metadata=metadata)
batch_seq = Sequence("batch_seq", metadata=metadata)
audit_seq = Sequence(
    "audit_seq", schema="audit", minvalue=1, maxvalue=99999, cycle=True, cache=5, metadata=metadata
)
# A column's default as well: created with its table.
receipt_seq = Sequence("receipt_seq", start=500, metadata=metadata)


class Invoice(Base):
    __tablename__ = "invoices"

    # A non-optional sequence: no SERIAL on PostgreSQL, AUTO_INCREMENT on MySQL.
    id = Column(Integer, Sequence("invoices_id_seq"), primary_key=True)
    number = Column(Integer, server_default=invoice_number_seq.next_value())
    receipt = Column(Integer, receipt_seq)
    note = Column(String(20))


class Ticket(Base):
    __tablename__ = "tickets"

    # optional=True: PostgreSQL makes the key BIGSERIAL and no sequence.
    id = Column(BigInteger, Sequence("ticket_id_seq", start=5, optional=True), primary_key=True)
    position = Column(Integer, Sequence("ticket_position_seq", schema="audit", data_type=SmallInteger))
    batch = Column(Integer, default=Sequence("ticket_batch_seq", increment=2))
