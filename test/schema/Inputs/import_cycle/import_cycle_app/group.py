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
