"""Imports `group` while `group` imports this module: targets are strings."""
from sqlalchemy import Boolean, Column, Integer, String
from sqlalchemy.orm import relationship

from . import group as group_module
from .base import Base


class User(Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    login = Column(String(32), unique=True, nullable=False)
    is_admin = Column(Boolean, default=False)

    groups = relationship("Group", secondary="user_groups", back_populates="members")
    owned_groups = relationship("Group", back_populates="owner", foreign_keys="Group.owner_id")

    def join(self, name):
        g = group_module.Group(name=name)
        self.groups.append(g)
        return g
