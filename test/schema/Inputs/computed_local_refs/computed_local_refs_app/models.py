"""Computed attributes whose reads go through names a hybrid's function
binds itself (a model it imports where it runs, to break an import cycle;
getattr() with a literal name or one a factory was given) and a
declared_attr column_property over a declared_attr column (Indico's
StoredFileMixin.extension, TimetableEntry.duration, override_attr())."""
import sqlalchemy as sa
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import column_property, declared_attr

from computed_local_refs_app.base import Base
from computed_local_refs_app import blocks  # noqa: F401  (maps Block first)


def overridden(name, check_name=None):
    """A hybrid over the attribute of the given name (Indico's override_attr)."""

    def getter(self):
        checked = getattr(self, check_name or name)
        return getattr(self, name) if checked is not None else None

    def expression(cls):
        return getattr(cls, name)

    return hybrid_property(getter, expr=expression)


def literal_getter(self):
    return getattr(self, "_title")


def literal_expression(cls):
    return getattr(cls, "_title", None)


class StoredFileMixin:
    @declared_attr
    def filename(cls):
        return sa.Column(sa.String(200), nullable=False)

    @declared_attr
    def extension(cls):
        return column_property(
            sa.func.regexp_replace(cls.filename, r"^.*\.", ""), deferred=True
        )


class Attachment(StoredFileMixin, Base):
    __tablename__ = "attachments"
    id = sa.Column(sa.Integer, primary_key=True)
    _title = sa.Column("title", sa.String(100))
    block_id = sa.Column(sa.ForeignKey("blocks.id"))

    _note = sa.Column("note", sa.String(100))
    title = overridden("_title")
    note = overridden("_note", check_name="_title")
    plain_title = hybrid_property(literal_getter, expr=literal_expression)

    @hybrid_property
    def block_duration(self):
        return None

    @block_duration.expression
    def block_duration(cls):
        from computed_local_refs_app.blocks import Block as Owner

        return (
            sa.select([Owner.duration])
            .where(Owner.id == cls.block_id)
            .correlate_except(Owner)
            .scalar_subquery()
        )

    @hybrid_property
    def block_title(self):
        from computed_local_refs_app.blocks import Block

        return (
            sa.select([Block.title])
            .where(Block.id == self.block_id)
            .scalar_subquery()
        )
