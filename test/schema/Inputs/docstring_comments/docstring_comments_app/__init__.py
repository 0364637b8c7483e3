"""Module doc."""
import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, declared_attr


class Base(DeclarativeBase):
    pass


class CommentFromDoc:
    @declared_attr.directive
    def __table_args__(cls):
        return {"comment": cls.__doc__}


class Notification(Base):
    """Outgoing notifications."""
    __tablename__ = "notification"
    __table_args__ = {"comment": __doc__}          # the class docstring (class-body name)
    id: Mapped[int] = mapped_column(primary_key=True, comment=__doc__.split()[0])


class Invoice(CommentFromDoc, Base):
    """Customer invoices."""
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(primary_key=True)


modtable = sa.Table("modtable", Base.metadata, sa.Column("id", sa.Integer, primary_key=True), comment=__doc__)
