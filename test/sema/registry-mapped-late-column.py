# registry.mapped maps the class when the decorator runs: a Column assigned
# to the class afterwards is a plain class attribute, not a column of its
# table (the class has no DeclarativeMeta to intercept it). A class of a
# declarative base does gain it. (Checked against SQLAlchemy 1.4.)
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
from sqlalchemy import Column, Integer, String, Table
from sqlalchemy.orm import declarative_base, registry

reg = registry()
Base = declarative_base()


@reg.mapped
class User:
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)


User.extra = Column(String(10))


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)


Item.extra = Column(String(20))


class Tag:
    pass


tags = Table("tags", reg.metadata, Column("id", Integer, primary_key=True))
reg.map_imperatively(Tag, tags)
Tag.extra = Column(String(30))

# CHECK:      table items (registry-mapped-late-column.Item)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   extra VARCHAR(20) null
# CHECK-EMPTY:
# CHECK-NEXT: table tags (registry-mapped-late-column.Tag)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-EMPTY:
# CHECK-NEXT: table users (registry-mapped-late-column.User)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-EMPTY:
