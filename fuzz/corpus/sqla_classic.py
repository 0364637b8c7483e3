# -*- coding: utf-8 -*-
from sqlalchemy import Boolean, Column, DateTime, Integer, String, Text
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = 'users'
    __table_args__ = {'schema': 'auth', 'comment': "Application users"}

    id = Column(Integer, primary_key=True, autoincrement=True)
    username = Column(String(64), nullable=False, unique=True)
    bio = Column(Text, nullable=True, doc='free text')
    is_active = Column(Boolean, default=True, server_default='true')
    last_login = Column('last_login_at', DateTime(timezone=True))

    @property
    def display(self):
        return '%s <%d>' % (self.username, self.id)
