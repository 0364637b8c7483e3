# SQLAlchemy 1.4 (sqlalchemy2-stubs style): a bare Mapped[] annotation maps nothing
from sqlalchemy import Column, Integer
from sqlalchemy.orm import Mapped, declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = Column(Integer, primary_key=True)
    nick: Mapped[str]
