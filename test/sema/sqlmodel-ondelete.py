# SQLModel 0.0.21's Field(ondelete=...) gives the foreign key its ON DELETE,
# and Relationship(cascade_delete=..., passive_deletes=...) the
# relationship's cascade (get_column_from_field and the metaclass's
# relationship call in sqlmodel/main.py); neither loses the relationship.
# A keyword the stubs' model of a library constructor does not take is
# said where the project calls it, as what the constructor does is
# missing.
# RUN: %schemac schema --no-cache --sqlalchemy=2.0 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --no-cache --sqlalchemy=2.0 --format=json %s 2>/dev/null | FileCheck %s --check-prefix=JSON
# CHECK: sqlmodel-ondelete.py:[[#@LINE+29]]:28: warning: sqlmodel.main.RelationshipInfo() is given arguments the analysis's model of it does not take (unexpected keyword argument 'lazy_mode'); what they and its constructor do is missing
# CHECK: table item
# CHECK: foreign key (owner_id) -> user(id) on delete CASCADE
# CHECK: table note
# CHECK: foreign key (item_id) -> item(id) on delete SET NULL
# JSON:      "name": "sqlmodel-ondelete.Item",
# JSON:          "name": "notes",
# JSON-NEXT:     "target": "sqlmodel-ondelete.Note",
# JSON:          "name": "owner",
# JSON-NEXT:     "target": "sqlmodel-ondelete.User",
# JSON:      "name": "sqlmodel-ondelete.User",
# JSON:          "name": "items",
# JSON-NEXT:     "target": "sqlmodel-ondelete.Item",
import uuid
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


class User(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    items: list["Item"] = Relationship(back_populates="owner", cascade_delete=True)


class Item(SQLModel, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    owner_id: uuid.UUID = Field(foreign_key="user.id", nullable=False, ondelete="CASCADE")
    owner: Optional[User] = Relationship(back_populates="items")
    notes: list["Note"] = Relationship(passive_deletes="all")
    legacy: list["Note"] = Relationship(lazy_mode="selectin")


class Note(SQLModel, table=True):
    id: int = Field(primary_key=True)
    item_id: Optional[uuid.UUID] = Field(default=None, foreign_key="item.id", ondelete="SET NULL")
