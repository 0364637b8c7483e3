# Table names computed with re (compile().sub with lookarounds, re.sub with a
# template and with a function), as camel-to-snake helpers do.
# RUN: %schemac schema %s | FileCheck %s
# CHECK: table flow_run
# CHECK: table http_request_log
# CHECK: table work_queue
import re
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base, declared_attr

CAMEL = re.compile(r"(?<!^)(?=[A-Z])")

class Base:
    @declared_attr
    def __tablename__(cls):
        return CAMEL.sub("_", cls.__name__).lower()

Base = declarative_base(cls=Base)

class FlowRun(Base):
    id = Column(Integer, primary_key=True)

class HTTPRequestLog(Base):
    __tablename__ = re.sub(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", "HTTPRequestLog").lower()
    id = Column(Integer, primary_key=True)

class WorkQueue(Base):
    __tablename__ = re.sub("[A-Z]", lambda m: "_" + m.group(0).lower(), "WorkQueue").lstrip("_")
    id = Column(Integer, primary_key=True)
