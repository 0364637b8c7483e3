"""MySQL's SET type lists its values, as MySQL's DDL does."""
from sqlalchemy import Column, Integer
from sqlalchemy.dialects import mysql
from sqlalchemy.dialects.mysql import SET
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Contact(Base):
    __tablename__ = "contacts"
    id = Column(Integer, primary_key=True)
    channels = Column(mysql.SET("email", "sms", "push"))
    weekdays = Column(SET("mon", "tue", "it's"), nullable=False)
