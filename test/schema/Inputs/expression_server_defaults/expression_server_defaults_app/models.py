from sqlalchemy import Column, Integer, String, func, literal_column, null
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Rate(Base):
    __tablename__ = "rates"
    id = Column(Integer, primary_key=True)
    code = Column(String(20), server_default=null())
    n = Column(Integer, server_default=func.abs(-3) + 1)
    m = Column(Integer, server_default=literal_column("2") * 3)
