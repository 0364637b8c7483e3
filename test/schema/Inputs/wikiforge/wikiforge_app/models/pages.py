from __future__ import annotations

import uuid
from typing import Optional

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Table, func, select
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from ..settings import SLUG_LENGTH, TABLE_PREFIX, TITLE_LENGTH
from .base import Base, Model, fk, required, short, text_
from .spaces import Space

page_watchers = Table(
    "%spage_watchers" % TABLE_PREFIX,
    Base.metadata,
    Column("page_id", ForeignKey(f"{TABLE_PREFIX}pages.id", ondelete="CASCADE"), primary_key=True),
    Column("user_email", String(254), primary_key=True),
    Column("since", DateTime, server_default=func.now()),
)


class Page(Model):
    __table_args__ = (
        Index(None, "space_id", "slug", unique=True),
    )

    space_id: Mapped[uuid.UUID] = fk("spaces.id")
    parent_id: Mapped[Optional[uuid.UUID]] = fk("pages.id", ondelete="SET NULL")
    slug: Mapped[str] = mapped_column(String(SLUG_LENGTH))
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    current_revision: Mapped[int] = mapped_column(default=1)
    locked_by: Mapped[Optional[short]]
    position: Mapped[int] = required(Integer, default=0, server_default="0")

    space: Mapped[Space] = relationship(back_populates="pages")
    parent: Mapped[Optional[Page]] = relationship(remote_side="Page.id", back_populates="children")
    children: Mapped[list[Page]] = relationship(back_populates="parent")
    revisions: Mapped[list[Revision]] = relationship(back_populates="page", order_by="Revision.number")
    outgoing_links: Mapped[list[PageLink]] = relationship(
        foreign_keys="PageLink.source_id", back_populates="source")

    @hybrid_property
    def is_root(self) -> bool:
        return self.parent_id is None


class Revision(Model):
    page_id: Mapped[uuid.UUID] = fk("pages.id", index=True)
    number: Mapped[int]
    author_email: Mapped[str] = mapped_column(String(254))
    body: Mapped[text_] = mapped_column(deferred=True)
    summary: Mapped[Optional[str]]
    size_bytes: Mapped[int] = mapped_column(default=0)

    page: Mapped[Page] = relationship(back_populates="revisions")


class Comment(Model):
    page_id: Mapped[uuid.UUID] = fk("pages.id")
    reply_to_id: Mapped[Optional[uuid.UUID]] = fk("comments.id", ondelete=None)
    author_email: Mapped[str] = mapped_column(String(254))
    body: Mapped[text_]
    resolved: Mapped[bool] = mapped_column(default=False)


class PageLink(Base):
    """Directed link between two pages (for backlinks and broken-link reports)."""

    __tablename__ = f"{TABLE_PREFIX}page_links"

    source_id: Mapped[uuid.UUID] = mapped_column(ForeignKey(f"{TABLE_PREFIX}pages.id", ondelete="CASCADE"),
                                                 primary_key=True)
    target_slug: Mapped[str] = mapped_column(String(SLUG_LENGTH), primary_key=True)
    target_id: Mapped[Optional[uuid.UUID]] = mapped_column(ForeignKey(f"{TABLE_PREFIX}pages.id"))

    source: Mapped[Page] = relationship(foreign_keys=[source_id], back_populates="outgoing_links")
    target: Mapped[Optional[Page]] = relationship(foreign_keys=[target_id])


class Attachment(Model):
    page_id: Mapped[uuid.UUID] = fk("pages.id")
    filename: Mapped[str]
    content_type: Mapped[short] = mapped_column(default="application/octet-stream")
    data: Mapped[Optional[bytes]] = mapped_column(LargeBinary, deferred=True)
    size_bytes: Mapped[int]


Page.revision_count = column_property(
    select(func.count(Revision.id)).where(Revision.page_id == Page.id).correlate_except(Revision).scalar_subquery()
)
