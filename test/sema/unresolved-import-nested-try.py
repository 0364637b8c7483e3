# Imports the analysis cannot resolve, in nested try statements: the
# ImportError is the innermost handler's that catches it, and no try's
# around that one; a try that does not catch it lets it go on past what
# follows it, after its finally. Expected: what SQLAlchemy 1.4.46 builds
# when the modules are missing.
# RUN: %schemac schema %s 2>/dev/null | FileCheck %s
# CHECK: table entries
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: late VARCHAR(30) null
# CHECK-NEXT: note TEXT null
# CHECK-NEXT: stamp VARCHAR(40) null
# CHECK-NEXT: code TEXT null
from sqlalchemy import Column, Integer, String, Text
from sqlalchemy.orm import declarative_base

try:
    try:
        import missing_console
    except ImportError:
        raise ValueError("no console")
except ValueError:
    pass

# After the try statements: what a handler's own exception must not skip.
LATE_TYPE = String(30)

NoteType = Text
try:
    try:
        import missing_markup
    except ValueError:
        pass
    NoteType = Integer
except ImportError:
    pass

StampType = Text
CodeType = Text
try:
    try:
        import missing_clock
    finally:
        StampType = String(40)
    CodeType = Integer
except ImportError:
    pass

Base = declarative_base()


class Entry(Base):
    __tablename__ = "entries"
    id = Column(Integer, primary_key=True)
    late = Column(LATE_TYPE)
    note = Column(NoteType)
    stamp = Column(StampType)
    code = Column(CodeType)
