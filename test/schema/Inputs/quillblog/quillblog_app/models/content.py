"""Posts, their revisions, categories, tags and comments."""
from datetime import datetime

from sqlalchemy.orm import column_property, deferred

from .. import constants as c
from ..extensions import db
from ..utils import slugify

post_tags = db.Table(
    "post_tags",
    db.Column("post_id", db.Integer, db.ForeignKey("post.id"), primary_key=True),
    db.Column("tag_id", db.Integer, db.ForeignKey("tag.id"), primary_key=True),
    db.Column("tagged_at", db.DateTime, default=datetime.utcnow),
)


class Category(db.Model):
    __tablename__ = "categories"

    id = db.Column(db.Integer, primary_key=True)
    parent_id = db.Column(db.Integer, db.ForeignKey("categories.id"))
    name = db.Column(db.String(64), nullable=False)
    slug = db.Column(db.String(80), nullable=False, unique=True)
    position = db.Column(db.SmallInteger, nullable=False, default=0, server_default="0")

    children = db.relationship("Category", backref=db.backref("parent", remote_side=[id]))

    def __repr__(self):
        return f"<Category {self.slug}>"


class Post(db.Model):
    """A blog post. The body is deferred since list pages never need it."""

    id = db.Column(db.Integer, primary_key=True)
    author_id = db.Column(db.Integer, db.ForeignKey("user.id"), nullable=False, index=True)
    category_id = db.Column(db.Integer, db.ForeignKey("categories.id", ondelete="SET NULL"))
    title = db.Column(db.String(c.TITLE_MAX), nullable=False)
    slug = db.Column(db.String(c.SLUG_MAX), nullable=False, unique=True)
    summary = db.Column(db.String(500))
    body = deferred(db.Column(db.Text, nullable=False))
    state = db.Column(db.Enum(*c.POST_STATES, name="post_state"), nullable=False,
                      default=c.POST_DRAFT, server_default=c.POST_DRAFT)
    view_count = db.Column(db.Integer, nullable=False, default=0, server_default=db.text("0"))
    published_at = db.Column(db.DateTime, index=True)
    updated_at = db.Column(db.DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)

    author = db.relationship("User", back_populates="posts")
    category = db.relationship("Category", backref="posts")
    tags = db.relationship("Tag", secondary=post_tags, back_populates="posts")
    comments = db.relationship("Comment", backref="post", cascade="all, delete-orphan",
                               order_by="Comment.created_at")
    revisions = db.relationship("PostRevision", back_populates="post")

    __table_args__ = (
        db.Index("ix_post_state_published", "state", "published_at"),
        db.CheckConstraint("view_count >= 0", name="views_nonneg"),
    )

    def set_title(self, title):
        self.title = title
        self.slug = slugify(title)

    @property
    def is_published(self):
        return self.state == c.POST_PUBLISHED

    def __repr__(self):
        return f"<Post {self.id} {self.slug!r}>"


class PostRevision(db.Model):
    """Snapshot of a post body; table name comes from Flask-SQLAlchemy (post_revision)."""

    id = db.Column(db.Integer, primary_key=True)
    post_id = db.Column(db.Integer, db.ForeignKey("post.id", ondelete="CASCADE"), nullable=False)
    editor_id = db.Column(db.Integer, db.ForeignKey("user.id"))
    number = db.Column(db.Integer, nullable=False)
    body = db.Column(db.Text, nullable=False)
    created_at = db.Column(db.DateTime, server_default=db.func.now(), nullable=False)

    post = db.relationship("Post", back_populates="revisions")
    editor = db.relationship("User")

    __table_args__ = (db.UniqueConstraint("post_id", "number"),)


class Tag(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(c.TAG_MAX), nullable=False, unique=True)
    posts = db.relationship("Post", secondary=post_tags, back_populates="tags")

    post_count = column_property(
        db.select(db.func.count(post_tags.c.post_id))
        .where(post_tags.c.tag_id == id)
        .correlate_except(post_tags)
        .scalar_subquery()
    )

    def __str__(self):
        return self.name


class Comment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    post_id = db.Column(db.Integer, db.ForeignKey("post.id"), nullable=False)
    user_id = db.Column(db.Integer, db.ForeignKey("user.id"))
    guest_name = db.Column(db.String(60))
    body = db.Column(db.Text, nullable=False)
    approved = db.Column(db.Boolean, default=False, nullable=False, server_default=db.false())
    ip_address = db.Column(db.String(45))
    created_at = db.Column(db.DateTime, default=datetime.utcnow, index=True)

    user = db.relationship("User")
