#--- import_cycle_app/__init__.py
"""Accounts and groups whose model modules import each other."""
from .user import User
from .group import Group, user_groups
from .perms import Permission

__all__ = ["User", "Group", "Permission", "user_groups"]
#--- import_cycle_app/base.py
from sqlalchemy.orm import declarative_base

Base = declarative_base()
#--- import_cycle_app/group.py
from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import relationship

from . import user  # circular: `user` is only partly initialised here
from .base import Base

user_groups = Table(
    "user_groups",
    Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("group_id", ForeignKey("groups.id"), primary_key=True),
)


class Group(Base):
    __tablename__ = "groups"

    id = Column(Integer, primary_key=True)
    name = Column(String(64), nullable=False)
    owner_id = Column(Integer, ForeignKey("users.id"))

    members = relationship("User", secondary=user_groups, back_populates="groups")
    owner = relationship("User", back_populates="owned_groups", foreign_keys=[owner_id])
    permissions = relationship("Permission", backref="group", cascade="all")

    def is_owned_by(self, u: "user.User") -> bool:
        return self.owner_id == u.id


# at the end on purpose: perms imports Group from this module
from .perms import Permission  # noqa: E402,F401
#--- import_cycle_app/perms.py
from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint

from .base import Base
from .group import Group


class Permission(Base):
    __tablename__ = "permissions"
    __table_args__ = (UniqueConstraint("group_id", "codename"),)

    id = Column(Integer, primary_key=True)
    group_id = Column(ForeignKey(Group.id, ondelete="CASCADE"), nullable=False)
    codename = Column(String(100), nullable=False)
#--- import_cycle_app/user.py
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
