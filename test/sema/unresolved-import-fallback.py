# An import the analysis cannot resolve inside a try whose handler catches
# its ImportError: the analysis goes on with the handler's fallback, and the
# warning says so. The same library imported without a try is opaque, and
# said apart. A stubbed library's module that the stubs leave out is taken
# as missing in the same way.
# RUN: %schemac schema %s 2>&1 >/dev/null | FileCheck %s
# RUN: %schemac schema %s 2>/dev/null | FileCheck %s --check-prefix=TEXT
from sqlalchemy import Column, Integer, String, Text
from sqlalchemy.orm import declarative_base

try:
    from fancy_types import EmailType
except ImportError:
    EmailType = String

try:
    from sqlalchemy.dialects.postgresql.not_a_module import Markup
except (ImportError, AttributeError):
    Markup = Text

import fancy_types

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(EmailType(255))
    bio = Column(Markup)
    extra = Column(fancy_types.Thing)


# CHECK: unresolved-import-fallback.py:12:5: warning: cannot resolve import of 'fancy_types'; taken as not installed: the except clause that catches its ImportError runs
# CHECK: unresolved-import-fallback.py:17:5: warning: 'sqlalchemy.dialects.postgresql.not_a_module' is a module of sqlalchemy that schemac does not model; taken as missing: the except clause that catches its ImportError runs
# CHECK: unresolved-import-fallback.py:21:1: warning: cannot resolve import of 'fancy_types'; what it provides is opaque to the analysis
# CHECK: unresolved-import-fallback.py:31:5: warning: type of column 'extra' cannot be evaluated
# TEXT: table users
# TEXT-NEXT: id INTEGER primary key not null
# TEXT-NEXT: email VARCHAR(255) null
# TEXT-NEXT: bio TEXT null
# TEXT-NEXT: extra
