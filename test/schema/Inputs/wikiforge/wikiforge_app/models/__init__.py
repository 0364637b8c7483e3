from .base import Base
from .spaces import Space, SpaceMember
from .pages import Page, Revision, Comment, PageLink, Attachment, page_watchers

__all__ = ["Base", "Space", "SpaceMember", "Page", "Revision", "Comment", "PageLink",
           "Attachment", "page_watchers"]
