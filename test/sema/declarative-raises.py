# Class bodies SQLAlchemy refuses to map, or maps with a warning: each is
# said where it is written, and the analysis goes on with the schema it
# says it keeps.
# RUN: %expect_exit 1 %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: %expect_exit 1 %schemac schema --sqlalchemy=1.4 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import Boolean, Column, Enum, Integer, String
from sqlalchemy.orm import column_property, declarative_base, relationship

Base = declarative_base()

shared = Column("shared", String(20))


class Account(Base):
    __tablename__ = "accounts"
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:22: error: __table_args__ is a list; SQLAlchemy raises ("__table_args__ value must be a tuple, dict, or None"), and the analysis leaves it out
    __table_args__ = [{"comment": "accounts"}]
    id = Column(Integer, primary_key=True)
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:5: error: attribute 'metadata' of mapped class 'declarative-raises.Account' is a column; SQLAlchemy reserves the name for the class's MetaData and raises ("Attribute name 'metadata' is reserved"); the analysis maps it as written (name the attribute otherwise and the column "metadata")
    metadata = Column(String(20))
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:28: error: column 'size' is given a second type, 'String', where only schema items may follow its type; SQLAlchemy raises ("'SchemaItem' object ... expected"), and the analysis leaves it out
    size = Column(Integer, String(20))
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:36: error: column 'code' is given 'x', where only schema items may follow its type; SQLAlchemy raises ("'SchemaItem' object ... expected"), and the analysis leaves it out
    code = Column("code", Integer, "x")
    # Enum and Boolean attach themselves as schema types: accepted.
    flag = Column(Integer, Boolean(), Enum("a", "b", name="ab"))
    one = shared
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:5: warning: class 'declarative-raises.Account' maps column 'shared' under several attributes (one, two); SQLAlchemy warns ("named directly multiple times, only one will be used"); synonym() gives a column a second name
    two = shared
    first = Column("x", Integer)
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:5: error: class 'declarative-raises.Account' declares two columns named 'x' (attributes first, second); SQLAlchemy raises (1.4 as it configures the mapper, 2.0 as it builds the table), and the analysis keeps the last
    second = Column("x", String(20))
    upper_name = column_property(Column("name", String(10)))


class Profile(Base):
    __tablename__ = "profiles"
    id = Column(Integer, primary_key=True)
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:5: error: column 'id' belongs to table 'accounts' already; SQLAlchemy raises ("already assigned to Table") rather than add it to 'profiles', and the analysis leaves it out (Column.copy() makes a column of its own)
    account_id = Account.__table__.c.id
    # One column, named by the first attribute.
    created = Column(String(20))
    # CHECK-DAG: declarative-raises.py:[[@LINE+1]]:5: warning: class 'declarative-raises.Profile' maps column 'created' under several attributes (created, date_created); SQLAlchemy warns ("named directly multiple times, only one will be used"); synonym() gives a column a second name
    date_created = created


# SCHEMA: table accounts
# SCHEMA-NEXT: shared VARCHAR(20) null
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA-NEXT: metadata VARCHAR(20) null
# SCHEMA-NEXT: size INTEGER null
# SCHEMA-NEXT: code INTEGER null
# SCHEMA-NEXT: flag INTEGER null
# SCHEMA-NEXT: x VARCHAR(20) null
# SCHEMA-NEXT: name VARCHAR(10) null
# SCHEMA-EMPTY:
# SCHEMA-NEXT: table profiles
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA-NEXT: created VARCHAR(20) null
# SCHEMA-EMPTY:
