import sqlalchemy as sa

from computed_local_refs_app.base import Base


class Block(Base):
    __tablename__ = "blocks"
    id = sa.Column(sa.Integer, primary_key=True)
    duration = sa.Column(sa.Interval)
    title = sa.Column(sa.String(100))
