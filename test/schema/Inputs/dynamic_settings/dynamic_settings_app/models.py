from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base

from dynamic_settings_app import settings

Base = declarative_base()
key_definitions = settings.dynamic.key_definitions((Integer, {}))


def key_type(name):
    return key_definitions[name][0]


def primary_key(name):
    type_, kwargs = key_definitions[name]
    return Column(type_, primary_key=True, **kwargs)


class Tag(Base):
    __tablename__ = "tags"
    id = primary_key("Tag")
    title = Column(String(settings.relative.NAME_LENGTHS["title"]))
    note = Column(String(settings.relative.NAME_LENGTHS["note"]))
    missing = Column(String(settings.relative.NAME_LENGTHS.get("missing", 7)))


class Post(Base):
    __tablename__ = "posts"
    id = primary_key("Post")
    tag_id = Column(key_type("Tag"), ForeignKey("tags.id"))
