# With secondary=, SQLAlchemy infers the join from the target's tables to
# the secondary table (secondaryjoin) and then from the owner's (primaryjoin)
# unless they are given; where foreign keys link them in no way or in more
# than one (a self-referential association with two keys to the same
# table) it raises NoForeignKeysError or AmbiguousForeignKeysError as it
# configures the mappers. Each case was run against SQLAlchemy 1.4 and 2.0.
# RUN: not %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import Column, ForeignKey, Integer, Table
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

follows = Table(
    "follows",
    Base.metadata,
    Column("follower_id", ForeignKey("users.id"), primary_key=True),
    Column("followed_id", ForeignKey("users.id"), primary_key=True),
)
post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", Integer, primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)
user_tags = Table(
    "user_tags",
    Base.metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    # CHECK: ambiguous-secondary-join.py:[[@LINE+1]]:5: error: relationship 'followers' of 'User': more than one foreign key path links the tables via the secondary table 'follows' (follows.follower_id -> users.id; follows.followed_id -> users.id), and neither foreign_keys nor primaryjoin and secondaryjoin are given: SQLAlchemy cannot tell which to join on and raises as it configures the mappers (AmbiguousForeignKeysError)
    followers = relationship("User", secondary=follows)
    # With both joins given there is nothing to infer.
    followed = relationship(
        "User",
        secondary=follows,
        primaryjoin=id == follows.c.follower_id,
        secondaryjoin=id == follows.c.followed_id,
    )
    # A secondary named by its key is found in the MetaData.
    tags = relationship("Tag", secondary="user_tags")


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    # The secondaryjoin (tags to post_tags) is found; the primaryjoin is not.
    # CHECK: ambiguous-secondary-join.py:[[@LINE+1]]:5: error: relationship 'tags' of 'Post': no foreign key links table 'posts' and the secondary table 'post_tags', and no join condition is given for it: SQLAlchemy cannot determine the join condition and raises as it configures the mappers (NoForeignKeysError)
    tags = relationship("Tag", secondary=post_tags)
    # CHECK: ambiguous-secondary-join.py:[[@LINE+1]]:5: error: relationship 'labels' of 'Post': no foreign key links table 'posts' and the secondary table 'post_tags'
    labels = relationship("Tag", secondary="post_tags")
    chosen = relationship(
        "Tag", secondary=post_tags, primaryjoin="Post.id == post_tags.c.post_id"
    )
