"""Relationship collections as 2.0 annotations give them: lists, sets and
mappings (whose values are the targets), and a class body that sets
__module__ (in _audit)."""
from __future__ import annotations

from typing import Dict, List, Mapping, Optional, Set

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import (
    Mapped,
    MappedAsDataclass,
    mapped_column,
    relationship,
)
from sqlalchemy.orm.collections import attribute_keyed_dict

from .base import Base
from .audit import AuditEntry


class TreeNode(MappedAsDataclass, Base):
    __tablename__ = "tree"
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("tree.id"), init=False)
    name: Mapped[str] = mapped_column(String(50))
    children: Mapped[Dict[str, TreeNode]] = relationship(
        back_populates="parent",
        collection_class=attribute_keyed_dict("name"),
        init=False,
        repr=False,
    )
    parent: Mapped[Optional[TreeNode]] = relationship(
        back_populates="children", remote_side=id, default=None
    )


class Folder(Base):
    __tablename__ = "folder"
    id: Mapped[int] = mapped_column(primary_key=True)
    # A mapping of the target, written with the builtin, with typing's
    # alias, and through an abstract Mapping given its collection class.
    files_by_name: Mapped[dict[str, "File"]] = relationship(
        collection_class=attribute_keyed_dict("name"), viewonly=True
    )
    files_by_path: Mapped[Dict[str, File]] = relationship(
        collection_class=attribute_keyed_dict("path"), viewonly=True
    )
    tags_by_label: Mapped[Mapping[str, "Tag"]] = relationship(
        collection_class=attribute_keyed_dict("label")
    )
    files: Mapped[List["File"]] = relationship(back_populates="folder")
    tag_set: Mapped[Set[Tag]] = relationship(viewonly=True)
    audit: Mapped[Optional["AuditEntry"]] = relationship()


class File(Base):
    __tablename__ = "file"
    id: Mapped[int] = mapped_column(primary_key=True)
    folder_id: Mapped[int] = mapped_column(ForeignKey("folder.id"))
    name: Mapped[str] = mapped_column(String(100))
    path: Mapped[str] = mapped_column(String(200))
    folder: Mapped[Folder] = relationship(back_populates="files")


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    folder_id: Mapped[int] = mapped_column(ForeignKey("folder.id"))
    label: Mapped[str] = mapped_column(String(30))
