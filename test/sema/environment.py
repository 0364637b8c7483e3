# The environment of the process that will run the models is not in the
# source: os.environ.get / os.getenv give the code's default (None without
# one), and a warning at the read says so.
# RUN: %schemac schema %s 2>%t.err | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# CHECK: table wf_pages
# CHECK: title {{ *}}VARCHAR(80)
# DIAG: environment.py:[[@LINE+9]]:10: warning: environment variable 'APP_TABLE_PREFIX' is read here; the analysis assumes it is unset (default 'wf_')
# DIAG: environment.py:[[@LINE+9]]:10: warning: environment variable 'APP_SCHEMA' is read here; the analysis assumes it is unset (None)
# DIAG: warning: environment variable 'TITLE_LEN' is read here; the analysis assumes it is unset (default '80')
import os

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()
PREFIX = os.environ.get("APP_TABLE_PREFIX", "wf_")
SCHEMA = os.getenv("APP_SCHEMA")


class Page(Base):
    __tablename__ = f"{PREFIX}pages"
    __table_args__ = {"schema": SCHEMA}
    id = Column(Integer, primary_key=True)
    title = Column(String(int(os.environ.get("TITLE_LEN", "80"))))
