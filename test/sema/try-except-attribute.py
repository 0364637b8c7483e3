# Reading an attribute a class lacks raises AttributeError, and a running
# try that catches it runs its handler, as in Python: `Settings.limit`, and
# getattr() without a default. Only where the class's attributes are all in
# view: after a setattr() of a name the analysis cannot compute, the read
# stays unknown and is reported, rather than taking either branch silently.
# What every class has from type and object is not missing.
# RUN: %schemac schema %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: try-except-attribute.py:[[#@LINE+74]]:5: warning: argument 'length' of type String cannot be evaluated ('Dynamic.label_width': 'Dynamic' has no attribute 'label_width', at try-except-attribute.py:[[#@LINE+60]]:19)
# CHECK: table items
# CHECK-NEXT: id {{ *}}INTEGER
# CHECK-NEXT: unlimited {{ *}}VARCHAR null
# CHECK-NEXT: name {{ *}}VARCHAR(40) null
# CHECK-NEXT: code {{ *}}VARCHAR(12) null
# CHECK-NEXT: label {{ *}}VARCHAR null
# CHECK-NEXT: note {{ *}}VARCHAR(70) null
# CHECK-NEXT: mro {{ *}}VARCHAR(20) null
import uuid

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Defaults:
    code_width = 12


class Settings(Defaults):
    timeout = 3


try:
    LIMIT = Settings.limit
    HAS_LIMIT = True
except AttributeError:
    HAS_LIMIT = False

try:
    NAME_WIDTH = getattr(Settings, "name_width")
except AttributeError:
    NAME_WIDTH = 40

try:
    CODE_WIDTH = Settings.code_width
except AttributeError:
    CODE_WIDTH = 99

try:
    NOTE_WIDTH = Settings.__note_width__
except AttributeError:
    NOTE_WIDTH = 70

try:
    Settings.mro
    MRO_WIDTH = 20
except AttributeError:
    MRO_WIDTH = 30


class Dynamic:
    pass


setattr(Dynamic, "label_" + uuid.uuid4().hex[:0] + "width", 30)

try:
    LABEL_WIDTH = Dynamic.label_width
except AttributeError:
    LABEL_WIDTH = 50


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    if HAS_LIMIT:
        limited = Column(String)
    else:
        unlimited = Column(String)
    name = Column(String(NAME_WIDTH))
    code = Column(String(CODE_WIDTH))
    label = Column(String(LABEL_WIDTH))
    note = Column(String(NOTE_WIDTH))
    mro = Column(String(MRO_WIDTH))
