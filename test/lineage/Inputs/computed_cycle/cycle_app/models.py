# Two hybrids that read each other: SQLAlchemy recurses without end when a
# query builds either expression; the analysis takes each once.
from sqlalchemy import Column, Integer
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Node(Base):
    __tablename__ = "nodes"

    id = Column(Integer, primary_key=True)
    left = Column(Integer)
    right = Column(Integer)

    @hybrid_property
    def ping(self):
        return self.pong + self.left

    @hybrid_property
    def pong(self):
        return self.ping + self.right
