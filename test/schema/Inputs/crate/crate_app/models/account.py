import datetime
import secrets

from sqlalchemy import JSON, Boolean, Column, DateTime, Integer, LargeBinary, String, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import relationship

from .meta import Base, NotNull, fk, pk

__all__ = ["User", "ApiToken"]

TOKEN_PREFIX = "crate-"


def new_token_id():
    return TOKEN_PREFIX + secrets.token_hex(8)


class User(Base):
    __tablename__ = "users"

    id = pk()
    username = NotNull(String(50), unique=True)
    name = Column(String(100), nullable=False, default="")
    password = NotNull(String(128))
    is_active = NotNull(Boolean, default=True)
    is_superuser = NotNull(Boolean, default=False)
    date_joined = Column(DateTime, server_default=func.now())
    last_login = Column(DateTime)
    totp_secret = Column(LargeBinary(20))
    preferences = Column(JSON, nullable=False, default={})
    recovery_codes = Column(JSON, default=[])

    tokens = relationship("ApiToken", back_populates="user")

    @hybrid_property
    def has_two_factor(self):
        return self.totp_secret is not None


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id = Column(String(32), primary_key=True, default=new_token_id)
    user_id = fk("users.id")
    description = Column(String(100), nullable=False)
    scope = Column(String(200), default="user")
    created = NotNull(DateTime, default=datetime.datetime.utcnow)
    last_used = Column(DateTime)

    user = relationship(User, back_populates="tokens")


class _Unused(object):
    """Not a model; kept for pickles from the 0.x series."""
