"""Optional features behind try/except ImportError (Flask-Security's
webauthn relationship): when the import fails, nothing after it in the try
runs -- the handler does, then else is skipped and finally runs."""
from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import declared_attr, relationship

from .base import Base

try:
    from .extras import Extra
except ImportError:
    Extra = None


class UserMixin:
    id = Column(Integer, primary_key=True)
    email = Column(String(120))

    try:
        import webauthn_not_installed  # noqa: F401

        @declared_attr
        def keys(cls):
            return relationship("Key", backref="users")

        passkey_count = Column(Integer)
    except ImportError:
        pass


class User(UserMixin, Base):
    __tablename__ = "users"


class Key(Base):
    __tablename__ = "keys"
    id = Column(Integer, primary_key=True)
    user_id = Column(ForeignKey("users.id"))


try:
    from missing_plugin import PluginType
    plugin_data = Table(
        "plugin_data", Base.metadata, Column("id", Integer, primary_key=True)
    )
except ImportError:
    PluginType = String(30)
else:
    unused = Table("unused", Base.metadata, Column("id", Integer, primary_key=True))
finally:
    audit = Table(
        "audit",
        Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("kind", PluginType),
    )


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    extra_id = Column(ForeignKey("extras.id")) if Extra is not None else None
