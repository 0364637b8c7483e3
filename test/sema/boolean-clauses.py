# and_() / or_() as SQLAlchemy's BooleanClauseList builds them: a true()
# (or Python True) in and_() is left out, a false() decides the whole, and
# a lone clause is a condition of its own (a Boolean column or a constant
# compared with 1 where the dialect has no booleans); ~~flag is the flag
# again, ~true() is false, not_(True) a negated condition. Expected DDL
# from SQLAlchemy 1.4.46 (2.0.52 writes the same).
# RUN: %schemac schema --dialect=postgresql --format=ddl %s 2>%t.postgresql.err | FileCheck %s --check-prefix=PG
# RUN: %schemac schema --dialect=mysql --format=ddl %s 2>%t.mysql.err | FileCheck %s --check-prefix=MYSQL
# RUN: %schemac schema --dialect=sqlite --format=ddl %s 2>%t.sqlite.err | FileCheck %s --check-prefix=SQLITE
# RUN: cat %t.postgresql.err %t.mysql.err %t.sqlite.err | FileCheck %s --check-prefix=DIAG --implicit-check-not=warning:
# PG: CONSTRAINT c_and_false CHECK (false)
# PG-NEXT: CONSTRAINT c_or_true CHECK (true)
# PG-NEXT: CONSTRAINT c_and_py_true CHECK (n > 0)
# PG-NEXT: CONSTRAINT c_or_py_false CHECK (n > 1)
# PG-NEXT: CONSTRAINT c_and_lone_true CHECK (true)
# PG-NEXT: CONSTRAINT c_and_lone_flag CHECK (flag)
# PG-NEXT: CONSTRAINT c_and_true_flag CHECK (flag)
# PG-NEXT: CONSTRAINT c_not_not_flag CHECK (flag)
# PG-NEXT: CONSTRAINT c_not_py_true CHECK (NOT true)
# PG-NEXT: CONSTRAINT c_not_true CHECK (false)
# PG-NEXT: CONSTRAINT c_not_func_true CHECK (false)
# PG-NEXT: CONSTRAINT c_nested CHECK (n > 2 OR n < 9)
# MYSQL: CONSTRAINT c_and_false CHECK (false = 1)
# MYSQL-NEXT: CONSTRAINT c_or_true CHECK (true = 1)
# MYSQL-NEXT: CONSTRAINT c_and_py_true CHECK (n > 0)
# MYSQL-NEXT: CONSTRAINT c_or_py_false CHECK (n > 1)
# MYSQL-NEXT: CONSTRAINT c_and_lone_true CHECK (true = 1)
# MYSQL-NEXT: CONSTRAINT c_and_lone_flag CHECK (flag = 1)
# MYSQL-NEXT: CONSTRAINT c_and_true_flag CHECK (flag = 1)
# MYSQL-NEXT: CONSTRAINT c_not_not_flag CHECK (flag = 1)
# MYSQL-NEXT: CONSTRAINT c_not_py_true CHECK (true = 0)
# MYSQL-NEXT: CONSTRAINT c_not_true CHECK (false)
# MYSQL-NEXT: CONSTRAINT c_not_func_true CHECK (false)
# MYSQL-NEXT: CONSTRAINT c_nested CHECK (n > 2 OR n < 9)
# SQLITE: CONSTRAINT c_and_false CHECK (0 = 1)
# SQLITE-NEXT: CONSTRAINT c_or_true CHECK (1 = 1)
# SQLITE-NEXT: CONSTRAINT c_and_py_true CHECK (n > 0)
# SQLITE-NEXT: CONSTRAINT c_or_py_false CHECK (n > 1)
# SQLITE-NEXT: CONSTRAINT c_and_lone_true CHECK (1 = 1)
# SQLITE-NEXT: CONSTRAINT c_and_lone_flag CHECK (flag = 1)
# SQLITE-NEXT: CONSTRAINT c_and_true_flag CHECK (flag = 1)
# SQLITE-NEXT: CONSTRAINT c_not_not_flag CHECK (flag = 1)
# SQLITE-NEXT: CONSTRAINT c_not_py_true CHECK (1 = 0)
# SQLITE-NEXT: CONSTRAINT c_not_true CHECK (0)
# SQLITE-NEXT: CONSTRAINT c_not_func_true CHECK (0)
# SQLITE-NEXT: CONSTRAINT c_nested CHECK (n > 2 OR n < 9)
# DIAG: note: no SQLAlchemy requirement found
from sqlalchemy import (Boolean, CheckConstraint, Column, Integer, and_, false,
                        not_, or_, true)
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Rule(Base):
    __tablename__ = "rules"
    id = Column(Integer, primary_key=True)
    n = Column(Integer)
    flag = Column(Boolean(create_constraint=False))


Rule.__table__.append_constraint(CheckConstraint(and_(false(), Rule.n > 0), name="c_and_false"))
Rule.__table__.append_constraint(CheckConstraint(or_(true(), Rule.n > 0), name="c_or_true"))
Rule.__table__.append_constraint(CheckConstraint(and_(True, Rule.n > 0), name="c_and_py_true"))
Rule.__table__.append_constraint(CheckConstraint(or_(False, Rule.n > 1), name="c_or_py_false"))
Rule.__table__.append_constraint(CheckConstraint(and_(true()), name="c_and_lone_true"))
Rule.__table__.append_constraint(CheckConstraint(and_(Rule.flag), name="c_and_lone_flag"))
Rule.__table__.append_constraint(CheckConstraint(and_(true(), Rule.flag), name="c_and_true_flag"))
Rule.__table__.append_constraint(CheckConstraint(~~Rule.flag, name="c_not_not_flag"))
Rule.__table__.append_constraint(CheckConstraint(not_(True), name="c_not_py_true"))
Rule.__table__.append_constraint(CheckConstraint(~true(), name="c_not_true"))
Rule.__table__.append_constraint(CheckConstraint(not_(true()), name="c_not_func_true"))
Rule.__table__.append_constraint(CheckConstraint(or_(Rule.n > 2, and_(true(), Rule.n < 9)), name="c_nested"))
