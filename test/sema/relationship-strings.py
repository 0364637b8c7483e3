# SQLAlchemy evaluates relationship()'s string arguments as the mappers
# configure, against the registry's classes, the MetaData's tables and the
# sqlalchemy namespace: a name it cannot find, or a class's attribute that
# is not mapped, makes it raise at the application's first query. Each
# case was run against SQLAlchemy 1.4 and 2.0; what they accept (Post, the
# first part of it) is not reported.
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import backref, declarative_base, relationship

Base = declarative_base()

post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    posts = relationship("Post", back_populates="author", order_by="desc(Post.id)")


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    author_id = Column(ForeignKey("users.id"))
    author = relationship("User", back_populates="posts")
    tags = relationship("Tag", secondary="post_tags", order_by="Tag.label")
    tags_by_id = relationship(
        "Tag",
        secondary="post_tags",
        primaryjoin="Post.id == post_tags.c.post_id",
        secondaryjoin="Tag.id == post_tags.c.tag_id",
        order_by="Tag.id.desc()",
        viewonly=True,
    )
    writer = relationship(
        "User", primaryjoin="and_(User.id == Post.author_id, User.name != None)", viewonly=True
    )
    watchers = relationship("User", backref=backref("watched", order_by="Post.id"), viewonly=True)
    # A relationship, a backref too, is not a column.
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'by_watched' of 'Post': order_by="User.watched" reads 'User.watched', a relationship of 'User', where SQLAlchemy takes a column; it raises as it configures the mappers ("is not an instance of ColumnProperty")
    by_watched = relationship("User", order_by="User.watched", viewonly=True)
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'by_author' of 'Post': order_by="Post.author" reads 'Post.author', a relationship of 'Post', where SQLAlchemy takes a column; it raises as it configures the mappers ("is not an instance of ColumnProperty")
    by_author = relationship("User", order_by="Post.author", viewonly=True)
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'misspelt_table' of 'Post': secondary="post_tagz" names 'post_tagz', which is no class of the registry, table of the MetaData or name of sqlalchemy; SQLAlchemy raises as it configures the mappers ("failed to locate a name")
    misspelt_table = relationship("Tag", secondary="post_tagz", viewonly=True)
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'misspelt_column' of 'Post': order_by="Tag.nmae" reads 'Tag.nmae', and 'Tag' has no mapped attribute or column of that name; SQLAlchemy raises as it configures the mappers
    misspelt_column = relationship("Tag", secondary=post_tags, order_by="Tag.nmae", viewonly=True)
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'misspelt_class' of 'Post': order_by="Tagg.id" names 'Tagg', which is no class of the registry, table of the MetaData or name of sqlalchemy; SQLAlchemy raises as it configures the mappers ("failed to locate a name")
    misspelt_class = relationship("Tag", secondary=post_tags, order_by="Tagg.id", viewonly=True)
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'misspelt_key' of 'Post': primaryjoin="Post.id == post_tags.c.post_idd" reads 'post_tags.c.post_idd', and 'post_tags' has no mapped attribute or column of that name; SQLAlchemy raises as it configures the mappers
    misspelt_key = relationship("Tag", secondary=post_tags, primaryjoin="Post.id == post_tags.c.post_idd", secondaryjoin="Tag.id == post_tags.c.tag_id", viewonly=True)
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'misspelt_fk' of 'Post': foreign_keys="[Post.author_idd]" reads 'Post.author_idd', and 'Post' has no mapped attribute or column of that name; SQLAlchemy raises as it configures the mappers
    misspelt_fk = relationship("User", foreign_keys="[Post.author_idd]", viewonly=True)
    # CHECK-DAG: relationship-strings.py:[[@LINE+1]]:5: warning: relationship 'followed' of 'User': order_by="Post.idd" reads 'Post.idd', and 'Post' has no mapped attribute or column of that name; SQLAlchemy raises as it configures the mappers
    followers = relationship("User", backref=backref("followed", order_by="Post.idd"), viewonly=True)


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    label = Column(String(20))
