"""Whether a relationship is a list: Mapped[X] makes it scalar; a
collection annotation, WriteOnlyMapped and DynamicMapped leave it to the
direction (CKAN's FileOwner.files is a Mapped[list[...]] many-to-one)."""
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, DynamicMapped, Mapped, WriteOnlyMapped, mapped_column, relationship


class RelBase(DeclarativeBase):
    pass


class File(RelBase):
    __tablename__ = "files"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[Optional["FileOwner"]] = relationship(back_populates="files")
    writers: WriteOnlyMapped["FileOwner"] = relationship(viewonly=True)
    readers: DynamicMapped["FileOwner"] = relationship(viewonly=True)


class FileOwner(RelBase):
    __tablename__ = "file_owners"
    file_id: Mapped[int] = mapped_column(sa.ForeignKey("files.id"), primary_key=True)
    files: Mapped[list["File"]] = relationship(back_populates="owner")
    first: Mapped["File"] = relationship(viewonly=True)
