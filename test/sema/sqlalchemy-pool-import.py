# A models module that imports connection pools to build its engine: they
# make nothing of the schema, and importing them is no warning.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning
from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base
from sqlalchemy.pool import NullPool, StaticPool

Base = declarative_base()
ENGINE_OPTIONS = {"poolclass": StaticPool if __name__ == "tests" else NullPool}


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)

# CHECK: table items
