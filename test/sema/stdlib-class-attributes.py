# A logger, a lock or a UUID made by the standard library in a model's body,
# or set on the declarative base, cannot be a column: no warning that it may
# be one. copy.copy() can hand back the column it was given, and SQLAlchemy
# maps that copy: the analysis cannot see it, and says so.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning
import copy
import logging
import threading
import uuid

from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

Base = declarative_base()
Base.log = logging.getLogger("models")
prototype = Column(Integer)


class Account(Base):
    __tablename__ = "accounts"
    log = logging.getLogger(__name__).getChild("account")
    lock = threading.Lock()
    namespace = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
    copied = copy.copy(prototype)
    id = Column(Integer, primary_key=True)

# CHECK: stdlib-class-attributes.py:[[@LINE-3]]:5: warning: attribute 'copied' of a mapped class cannot be evaluated ('copy.copy()': opaque module); if it is a column, the column is missing
# CHECK: table accounts
