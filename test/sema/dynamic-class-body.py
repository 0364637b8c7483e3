# exec(), and locals() or vars() in a class body (whose item assignments
# fill the class's namespace), make attributes the analysis does not see:
# each is said, with the class, rather than the columns going missing in
# silence. Elsewhere they make no such warning.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()
SETTINGS = vars()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    for _suffix in ("a", "b"):
        locals()["code_" + _suffix] = Column(String(10))
    vars()["extra"] = Column(Integer)
    exec("note = Column(String(20))")
    del _suffix


# CHECK: dynamic-class-body.py:[[@LINE-6]]:9: warning: locals() in the body of class 'Item' is not evaluated: the attributes it makes (columns, relationships) are missing
# CHECK: dynamic-class-body.py:[[@LINE-6]]:5: warning: vars() in the body of class 'Item' is not evaluated: the attributes it makes (columns, relationships) are missing
# CHECK: dynamic-class-body.py:[[@LINE-6]]:5: warning: exec() in the body of class 'Item' is not evaluated: the attributes it makes (columns, relationships) are missing
# CHECK-NOT: warning
# CHECK: table items
