"""An AbstractConcreteBase under a base whose declared_attr names every
table: the abstract class maps to the polymorphic union, and the table its
name makes stays empty and unmapped."""
from sqlalchemy import Column, Float, Integer, String
from sqlalchemy.ext.declarative import AbstractConcreteBase
from sqlalchemy.orm import DeclarativeBase, declared_attr


class Base(DeclarativeBase):
    @declared_attr.directive
    def __tablename__(cls):
        return cls.__name__.lower() + "s"


class Shape(AbstractConcreteBase, Base):
    pass


class Circle(Shape):
    id = Column(Integer, primary_key=True)
    radius = Column(Float)
    __mapper_args__ = {"polymorphic_identity": "circle", "concrete": True}


class Square(Shape):
    id = Column(Integer, primary_key=True)
    side = Column(Float)
    label = Column(String(20))
    __mapper_args__ = {"polymorphic_identity": "square", "concrete": True}
