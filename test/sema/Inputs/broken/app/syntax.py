from sqlalchemy import Column, Integer
from app.models import Base


class Broken(Base):
    __tablename__ = "broken"
    id = Column(Integer, primary_key=True


class AfterError(Base):
    __tablename__ = "after_error"
    id = Column(Integer, primary_key=True)
