# A class statement inside a function reads the function's locals, and
# those of the functions around it, as Python's class bodies do: model
# factories that take the table's name and column sizes as arguments.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


def versioned(name, width):
    suffix = "_versions"

    def build(extra):
        class Version(Base):
            __tablename__ = name + suffix
            id = Column(Integer, primary_key=True)
            label = Column(String(width + extra))

        return Version

    return build(8)


def make(name):
    class Model(Base):
        __tablename__ = name
        id = Column(Integer, primary_key=True)

    return Model


Document = make("documents")
DocumentVersion = versioned("documents", 24)

# CHECK: table documents (class-body-closure.make.<locals>.Model)
# CHECK: table documents_versions (class-body-closure.versioned.<locals>.build.<locals>.Version)
# CHECK-NEXT: id INTEGER primary key not null
# CHECK-NEXT: label VARCHAR(32) null
