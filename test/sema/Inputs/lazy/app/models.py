from sqlalchemy import Column, Integer
from sqlalchemy.orm import DeclarativeBase, declared_attr

from app.naming import table_name


class Base(DeclarativeBase):
    @declared_attr.directive
    def __tablename__(cls):
        return table_name(cls)


class TaskRunState(Base):
    id = Column(Integer, primary_key=True)
