"""Relationship directions from remote() and foreign() in a primaryjoin
(Indico's Category.parent), as an expression or a lambda."""
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, relationship, remote, foreign
Base = declarative_base()
class Category(Base):
    __tablename__ = 'categories'
    id = sa.Column(sa.Integer, primary_key=True)
    parent_id = sa.Column(sa.Integer, sa.ForeignKey('categories.id'))
    parent = relationship('Category', primaryjoin=(remote(id) == parent_id))
    children = relationship('Category', primaryjoin=(id == remote(parent_id)), viewonly=True)
class Tag(Base):
    __tablename__ = 'tags'
    id = sa.Column(sa.Integer, primary_key=True)
    category_id = sa.Column(sa.Integer)
    category = relationship(Category, primaryjoin=lambda: foreign(Tag.category_id) == Category.id)
class Thing(Base):
    __tablename__ = 'things'
    id = sa.Column(sa.Integer, primary_key=True)
    cat_id = sa.Column(sa.Integer)
    cat = relationship(Category, primaryjoin=foreign(cat_id) == Category.id)


class Parent(Base):
    __tablename__ = 'parents'
    id = sa.Column(sa.Integer, primary_key=True)
    code = sa.Column(sa.String(10), unique=True)
    # foreign() on the other table's column of the same name.
    children = relationship('Child', primaryjoin=lambda: Parent.code == foreign(Child.code), viewonly=True)


class Child(Base):
    __tablename__ = 'children'
    id = sa.Column(sa.Integer, primary_key=True)
    code = sa.Column(sa.String(10))
    parent = relationship('Parent', primaryjoin=lambda: foreign(Child.code) == Parent.code, viewonly=True)
