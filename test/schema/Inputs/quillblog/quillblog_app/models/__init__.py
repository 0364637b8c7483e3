"""All models, importable from one place (``from quillblog_app.models import Post``)."""
from .user import User, Role, roles_users
from .content import Category, Post, PostRevision, Tag, Comment, post_tags
from .media import Attachment, SiteSetting

__all__ = [
    "User", "Role", "roles_users",
    "Category", "Post", "PostRevision", "Tag", "Comment", "post_tags",
    "Attachment", "SiteSetting",
]
