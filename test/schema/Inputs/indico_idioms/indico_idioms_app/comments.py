"""Column order in 1.4 when a mixin and the class both make columns with
declared_attr (Indico's AbstractComment): the mixin's run first."""
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, declared_attr


class CommentMixin:
    @declared_attr
    def id(cls):
        return sa.Column(sa.Integer, primary_key=True)

    @declared_attr
    def text(cls):
        return sa.Column(sa.Text)


CommentBase = declarative_base()


class AbstractComment(CommentMixin, CommentBase):
    __tablename__ = "abstract_comments"

    @declared_attr
    def abstract_id(cls):
        return sa.Column(sa.Integer, nullable=False)
