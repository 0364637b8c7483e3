from app.models import Base
from sqlalchemy import Column, Integer, String


class Latin(Base):
    __tablename__ = "latin"
    id = Column(Integer, primary_key=True)
    name = Column(String(10), default="été")
