# A ForeignKey string names the referenced column by its key: where the
# column has a key of its own, its name does not resolve unless
# link_to_name=True, and SQLAlchemy raises NoReferencedColumnError (1.4.46
# and 2.0.52 alike). A column object, a key, and a name with link_to_name
# resolve; so does a ForeignKeyConstraint's name with link_to_name, where
# its key does not.
# RUN: %schemac schema --format=json %s 2>%t.err | %python -c "import json,sys; print([(fk['columns'], fk['ref_columns']) for t in json.load(sys.stdin)['tables'] for fk in t['foreign_keys']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG --implicit-check-not=warning: < %t.err
# CHECK: [(['by_key'], ['username']), (['by_name'], ['username']), (['by_object'], ['username']), (['constraint_key_linked'], ['uname']), (['constraint_linked'], ['username']), (['linked'], ['username'])]
# DIAG: foreign-key-by-name.py:[[@LINE+18]]:34: warning: foreign key teams(by_name) refers to column 'accounts.username' by its name, and SQLAlchemy finds the column by its key, 'uname', unless the ForeignKey has link_to_name=True: it raises NoReferencedColumnError as it creates the tables
# DIAG: note: no SQLAlchemy requirement found
# DIAG: foreign-key-by-name.py:[[@LINE+24]]:9: warning: foreign key teams(constraint_key_linked) refers to column 'accounts.uname', which that table does not have; SQLAlchemy raises NoReferencedColumnError as it creates the tables
from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    name = Column("username", String(80), key="uname", unique=True)


class Team(Base):
    __tablename__ = "teams"
    id = Column(Integer, primary_key=True)
    by_name = Column(String(80), ForeignKey("accounts.username"))
    by_object = Column(String(80), ForeignKey(Account.name))
    by_key = Column(String(80), ForeignKey("accounts.uname"))
    linked = Column(String(80), ForeignKey("accounts.username", link_to_name=True))
    constraint_linked = Column(String(80))
    constraint_key_linked = Column(String(80))
    __table_args__ = (
        ForeignKeyConstraint(["constraint_linked"], ["accounts.username"], link_to_name=True),
        ForeignKeyConstraint(["constraint_key_linked"], ["accounts.uname"], link_to_name=True),
    )
