"""Small helpers without Flask dependencies."""
import re
import secrets
from datetime import datetime, timezone

_slug_strip = re.compile(r"[^\w\s-]")
_slug_hyphenate = re.compile(r"[-\s]+")


def slugify(value):
    """Turn ``"Hello, World!"`` into ``"hello-world"``."""
    value = _slug_strip.sub("", value).strip().lower()
    return _slug_hyphenate.sub("-", value)


def utcnow():
    """Timezone-aware 'now' used for Python-side defaults."""
    return datetime.now(timezone.utc)


def new_token():
    return secrets.token_urlsafe(32)
