"""Functions of modules the analysis does not model as column defaults:
SQLAlchemy's wrapper takes each one's __qualname__ (Home Assistant's
default=time.time)."""
import email.utils
import os
import random
import secrets
import time
import xml.sax.saxutils as saxutils
from time import monotonic

from sqlalchemy import Column, Float, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Sample(Base):
    __tablename__ = "samples"

    id = Column(Integer, primary_key=True)
    created_ts = Column(Float, default=time.time)
    started = Column(Float, default=monotonic)
    weight = Column(Float, default=random.random)
    pid = Column(Integer, default=os.getpid)
    token = Column(String(64), default=secrets.token_hex)
    sent = Column(String(64), default=email.utils.formatdate)
    escaped = Column(String(64), default=saxutils.escape)
