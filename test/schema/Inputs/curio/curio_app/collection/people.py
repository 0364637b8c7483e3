from sqlalchemy import Column, Integer, SmallInteger, String, Text, UniqueConstraint

from curio_app.collection.base import Base

__all__ = ["Person"]


class Person(Base):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("name", "birth_year", name="uq_person_name_birth"),)

    name = Column(String(200), nullable=False)
    sort_name = Column(String(200), nullable=False, index=True)
    birth_year = Column(SmallInteger)
    death_year = Column(SmallInteger)
    nationality = Column(String(60))
    biography = Column(Text)
    ulan_id = Column(Integer, unique=True)
