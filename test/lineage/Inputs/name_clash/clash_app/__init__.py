from sqlalchemy import Column, ForeignKey, Integer, Table
from sqlalchemy.orm import column_property, declarative_base, relationship

Base = declarative_base()


class X(Base):
    __tablename__ = "xs"
    id = Column(Integer, primary_key=True)
    doubled = column_property(id * 2)


class Y(Base):
    __tablename__ = "ys"
    id = Column(Integer, primary_key=True)
    x_id = Column(ForeignKey("xs.id"))
    x = relationship(X)


class Z(X):
    __tablename__ = "zs"
    id = Column(ForeignKey("xs.id"), primary_key=True)


# A table whose qualified name is the class X's.
clash = Table("X", Base.metadata, Column("id", Integer), schema="clash_app")
