"""Accounts and groups whose model modules import each other."""
from .user import User
from .group import Group, user_groups
from .perms import Permission

__all__ = ["User", "Group", "Permission", "user_groups"]
