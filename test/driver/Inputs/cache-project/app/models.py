import os

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

from extras import CODE_LENGTH

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"

    id = Column(Integer, primary_key=True)
    code = Column(String(CODE_LENGTH))
    name = Column(String(int(os.environ.get("NAME_LENGTH", "20"))))
