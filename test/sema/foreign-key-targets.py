# A foreign key to a table or column that no table has, a typo as often as
# not: SQLAlchemy raises NoReferencedTableError / NoReferencedColumnError
# when it creates the tables (1.4.46 and 2.0.52, create_all() of these
# models), and the analysis says so where the key is, with the table name
# it most likely means. The string names a column by its key in the
# table, which for a declarative column named apart from its attribute is
# its name, not the attribute.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    account_no = Column("account_number", Integer, unique=True)


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    # CHECK: foreign-key-targets.py:[[@LINE+1]]:33: warning: foreign key posts(author_id) refers to table 'user', and the analysis found no table of that name (did you mean 'users'?); SQLAlchemy raises NoReferencedTableError as it creates the tables
    author_id = Column(Integer, ForeignKey("user.id"))
    # CHECK: foreign-key-targets.py:[[@LINE+1]]:33: warning: foreign key posts(editor_id) refers to column 'users.uid', which that table does not have; SQLAlchemy raises NoReferencedColumnError as it creates the tables
    editor_id = Column(Integer, ForeignKey("users.uid"))
    # CHECK: foreign-key-targets.py:[[@LINE+1]]:34: warning: foreign key posts(account_no) refers to column 'users.account_no', which that table does not have; SQLAlchemy raises NoReferencedColumnError as it creates the tables
    account_no = Column(Integer, ForeignKey("users.account_no"))
    account_number = Column(Integer, ForeignKey("users.account_number"))
    archive_id = Column(Integer)
    __table_args__ = (
        # CHECK: foreign-key-targets.py:[[@LINE+1]]:9: warning: foreign key posts(archive_id) refers to table 'archive.posts', and the analysis found no table of that name; SQLAlchemy raises NoReferencedTableError as it creates the tables
        ForeignKeyConstraint(["archive_id"], ["archive.posts.id"]),
    )
