# The DDL writes ondelete=/onupdate= as given (polar writes them in lower
# case) and each constraint's deferrable=/initially= (DEFERRABLE or NOT
# DEFERRABLE, INITIALLY ...), as SQLAlchemy's DDL compiler does; the schema
# document writes the actions in upper case. Expected: SQLAlchemy 1.4.
# RUN: %schemac schema --format=ddl %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --format=json %s 2>&1 | FileCheck %s --check-prefix=JSON
# CHECK: CREATE TABLE customers (
# CHECK: CONSTRAINT pk_customers PRIMARY KEY (id) NOT DEFERRABLE,
# CHECK-NEXT: UNIQUE (n) DEFERRABLE INITIALLY DEFERRED,
# CHECK-NEXT: CONSTRAINT ck_n CHECK (n > 0) INITIALLY IMMEDIATE,
# CHECK-NEXT: FOREIGN KEY(organization_id) REFERENCES organizations (id) ON DELETE cascade,
# CHECK-NEXT: FOREIGN KEY(other_id) REFERENCES organizations (id) ON DELETE set null ON UPDATE restrict DEFERRABLE INITIALLY deferred
# JSON: "ondelete": "CASCADE",
# JSON: "ondelete": "SET NULL",
# JSON-NEXT: "onupdate": "RESTRICT"
from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, PrimaryKeyConstraint, UniqueConstraint
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Organization(Base):
    __tablename__ = "organizations"
    id = Column(Integer, primary_key=True)


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        PrimaryKeyConstraint("id", name="pk_customers", deferrable=False),
        UniqueConstraint("n", deferrable=True, initially="DEFERRED"),
        CheckConstraint("n > 0", name="ck_n", initially="IMMEDIATE"),
    )
    id = Column(Integer)
    n = Column(Integer)
    organization_id = Column(Integer, ForeignKey("organizations.id", ondelete="cascade"))
    other_id = Column(
        Integer,
        ForeignKey("organizations.id", ondelete="set null", onupdate="restrict", deferrable=True, initially="deferred"),
    )
