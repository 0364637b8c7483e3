from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint

from .base import Base
from .group import Group


class Permission(Base):
    __tablename__ = "permissions"
    __table_args__ = (UniqueConstraint("group_id", "codename"),)

    id = Column(Integer, primary_key=True)
    group_id = Column(ForeignKey(Group.id, ondelete="CASCADE"), nullable=False)
    codename = Column(String(100), nullable=False)
