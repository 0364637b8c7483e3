from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import backref, declared_attr, relationship

from .base import Base, TimestampMixin

post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class SoftDeleteMixin:
    @declared_attr
    def deleted_by_id(cls):
        return Column(Integer, ForeignKey("users.id"), nullable=True)


class Post(TimestampMixin, SoftDeleteMixin, Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    tags = relationship("Tag", secondary=post_tags, lazy="selectin",
                        backref=backref("posts", order_by="Post.id"))
    parent_id = Column(Integer, ForeignKey("posts.id"))
    children = relationship("Post", remote_side=[id])


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), unique=True)
