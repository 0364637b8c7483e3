from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Root of every model in the shop."""

    def to_dict(self) -> dict:
        return {c.key: getattr(self, c.key) for c in self.__table__.columns}
