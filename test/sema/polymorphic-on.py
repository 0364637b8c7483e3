# __mapper_args__ polymorphic_on="name" names a mapped attribute (the
# mapper looks it up among its properties): a column's name that is not
# its attribute's, or no attribute at all, makes SQLAlchemy raise as the
# class is mapped. Checked against SQLAlchemy 1.4 and 2.0.
# RUN: not %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import Column, Integer, String, func
from sqlalchemy.orm import column_property, declarative_base

Base = declarative_base()


class Asset(Base):
    __tablename__ = "assets"
    id = Column(Integer, primary_key=True)
    type_ = Column("type", String(20))
    # CHECK: polymorphic-on.py:[[@LINE+1]]:42: error: class 'Asset' has polymorphic_on='type', and no attribute of that name is mapped: SQLAlchemy raises ("Can't determine polymorphic_on value")
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "asset"}


class Document(Asset):
    # Inherited from Asset's, not given here: said once, at Asset.
    pages = Column(Integer)


class Vehicle(Base):
    __tablename__ = "vehicles"
    id = Column(Integer, primary_key=True)
    kind_ = Column("kind", String(20))
    __mapper_args__ = {"polymorphic_on": "kind_", "polymorphic_identity": "vehicle"}


class Shape(Base):
    __tablename__ = "shapes"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    family = column_property(func.lower(name))
    __mapper_args__ = {"polymorphic_on": "family", "polymorphic_identity": "shape"}


class Circle(Shape):
    radius = Column(Integer)
    __mapper_args__ = {"polymorphic_on": "name", "polymorphic_identity": "circle"}
