# A mixin's declared_attr annotated -> Mapped[Child] gives a one-to-many
# relationship uselist False under SQLAlchemy 2.0, which reads the
# annotation, and True under 1.4, which reads none; on the class itself
# neither reads it (the direction decides). Expected: SQLAlchemy 1.4 and
# 2.0.52.
# RUN: %schemac dump-ir --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --check-prefix=V14 --implicit-check-not=warning:
# RUN: %schemac dump-ir --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --check-prefix=V20 --implicit-check-not=warning:
# V14-DAG: relationship @kid -> "declared-attr-annotation-14.Child" {uselist = true}
# V14-DAG: relationship @kids2 -> "declared-attr-annotation-14.Child" {uselist = true}
# V20-DAG: relationship @kid -> "declared-attr-annotation-14.Child" {uselist = false}
# V20-DAG: relationship @kids2 -> "declared-attr-annotation-14.Child" {uselist = true}
from sqlalchemy import Column, Integer, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, declared_attr, Mapped
Base = declarative_base()

class Child(Base):
    __tablename__ = 'child'
    id = Column(Integer, primary_key=True)
    parent_id = Column(ForeignKey('parent.id'))

class HasKid:
    @declared_attr
    def kid(cls) -> "Mapped[Child]":
        return relationship(Child)

class Parent(HasKid, Base):
    __tablename__ = 'parent'
    id = Column(Integer, primary_key=True)
    @declared_attr
    def kids2(cls) -> Mapped["Child"]:
        return relationship(Child, viewonly=True)
