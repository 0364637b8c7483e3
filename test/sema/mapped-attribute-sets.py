# Once a class is mapped, `User.name` is SQLAlchemy's InstrumentedAttribute,
# not the Column: setting a DDL attribute on it leaves the column as it is
# (1.4) or raises AttributeError (2.0). The schema keeps the column unchanged.
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --check-prefixes=CHECK,V14 --implicit-check-not=warning:
# RUN: %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --check-prefixes=CHECK,V20 --implicit-check-not=warning:
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
# RUN: %schemac schema --sqlalchemy=2.0 %s 2>/dev/null | FileCheck %s --check-prefix=SCHEMA
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    bio = Column(String(20))


# CHECK: mapped-attribute-sets.py:[[@LINE+3]]:1: warning: 'User.name' is the attribute SQLAlchemy maps to the column, not the column: setting its 'nullable'
# V14-SAME: sets it on that object and leaves the column as it is; set User.__table__.c.name.nullable to change the column
# V20-SAME: raises AttributeError (the object has no attribute of the name); set User.__table__.c.name.nullable to change the column
User.name.nullable = False
# CHECK: mapped-attribute-sets.py:[[@LINE+1]]:1: warning: 'User.bio' is the attribute SQLAlchemy maps to the column, not the column: setting its 'type'
User.bio.type = String(200)
# Not read by the DDL: nothing to say.
User.name.doc = "the name"
# The column itself: applied.
User.__table__.c.bio.nullable = False

# SCHEMA: table users
# SCHEMA-NEXT: id INTEGER primary key not null
# SCHEMA-NEXT: name VARCHAR(50) null
# SCHEMA-NEXT: bio VARCHAR(20) not null
