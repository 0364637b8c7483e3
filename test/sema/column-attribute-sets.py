# Column attributes set by module code that the analysis does not model are
# said where they are set; the type, nullability and comment it applies
# (test/schema/Inputs/column_attribute_sets has those against SQLAlchemy).
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import Boolean, Column, Enum, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()

status = Column("status", String(10))
# CHECK: column-attribute-sets.py:[[@LINE+1]]:1: warning: setting 'nullable' of a column before it joins a table is not modelled; the schema may differ from SQLAlchemy's here
status.nullable = False


class Ticket(Base):
    __tablename__ = "tickets"
    id = Column(Integer, primary_key=True)
    title = Column(String(50))
    state = Column(String(10))
    flag = Column(Integer)
    status = status


# CHECK: column-attribute-sets.py:[[@LINE+1]]:1: warning: setting 'name' of column 'tickets.title' is not modelled; the schema may differ from SQLAlchemy's here
Ticket.__table__.c.title.name = "headline"
# CHECK: column-attribute-sets.py:[[@LINE+1]]:1: warning: setting 'type' of column 'tickets.state' is not modelled; the schema may differ from SQLAlchemy's here
Ticket.__table__.c.state.type = Enum("open", "closed", name="ticket_state")
# CHECK: column-attribute-sets.py:[[@LINE+1]]:1: warning: setting 'type' of column 'tickets.flag' is not modelled; the schema may differ from SQLAlchemy's here
Ticket.__table__.c.flag.type = Boolean()
# CHECK: column-attribute-sets.py:[[@LINE+1]]:1: warning: setting 'nullable' of column 'tickets.flag' is not modelled; the schema may differ from SQLAlchemy's here
Ticket.__table__.c.flag.nullable = compute_nullability()
# Applied:
Ticket.__table__.c.title.nullable = False
# Not read by the DDL: nothing to say.
Ticket.__table__.c.title.doc = "the title"
Ticket.__table__.c.title.info = {"pii": False}

# 1.4 orders columns as they were made: status first.
# SCHEMA: table tickets
# SCHEMA-NEXT: status VARCHAR(10) null
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA-NEXT: title VARCHAR(50) not null
# SCHEMA-NEXT: state VARCHAR(10) null
# SCHEMA-NEXT: flag INTEGER null
