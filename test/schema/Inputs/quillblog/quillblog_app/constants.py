"""Limits and enumerations shared by the models and the forms."""

USERNAME_MAX = 40
EMAIL_MAX = 254
TITLE_MAX = 200
SLUG_MAX = TITLE_MAX + 20
TAG_MAX = 32
MIME_MAX = 127

POST_DRAFT = "draft"
POST_PUBLISHED = "published"
POST_ARCHIVED = "archived"
POST_STATES = (POST_DRAFT, POST_PUBLISHED, POST_ARCHIVED)

ROLE_ADMIN = "admin"
ROLE_EDITOR = "editor"
ROLE_AUTHOR = "author"

DEFAULT_LOCALE = "en_US"
