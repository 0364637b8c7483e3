"""An after_configured listener that loops over registry.mappers and gives
each class with a mixin a column_property (Indico's attachment_count)."""
from sqlalchemy import Column, ForeignKey, Integer, String, event, func, join, select
from sqlalchemy.orm import column_property, declarative_base, mapper

Base = declarative_base()


class AttachedItemsMixin:
    """Classes that have attachments."""


class Folder(Base):
    __tablename__ = "folders"

    id = Column(Integer, primary_key=True)
    owner_type = Column(String(20))
    owner_id = Column(Integer)


class Attachment(Base):
    __tablename__ = "attachments"

    id = Column(Integer, primary_key=True)
    folder_id = Column(ForeignKey("folders.id"))


class Event(AttachedItemsMixin, Base):
    __tablename__ = "events"

    id = Column(Integer, primary_key=True)
    title = Column(String(80))


class Session(AttachedItemsMixin, Base):
    __tablename__ = "sessions"

    id = Column(Integer, primary_key=True)
    event_id = Column(ForeignKey("events.id"))


class Note(Base):
    __tablename__ = "notes"

    id = Column(Integer, primary_key=True)


def _attachment_count(cls):
    query = (
        select([func.count(Attachment.id)])
        .select_from(join(Attachment, Folder, Attachment.folder_id == Folder.id))
        .where((Folder.owner_type == cls.__tablename__) & (Folder.owner_id == cls.id))
        .correlate_except(Attachment, Folder)
        .scalar_subquery()
    )
    cls.attachment_count = column_property(query, deferred=True)


def get_all_models():
    return {m.class_ for m in Base.registry.mappers}


@event.listens_for(mapper, "after_configured", once=True)
def _mappers_configured():
    for model in get_all_models():
        if hasattr(model, "__table__") and issubclass(model, AttachedItemsMixin):
            _attachment_count(model)
