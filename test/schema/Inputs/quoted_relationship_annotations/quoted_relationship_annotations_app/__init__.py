from typing import Optional
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile: Mapped["Profile | None"] = relationship(back_populates="customer")
    main_profile: Mapped["Optional[Profile]"] = relationship(viewonly=True)


class Profile(Base):
    __tablename__ = "profile"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    customer: Mapped[Customer] = relationship(back_populates="profile")


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    a: Mapped["Optional[int]"]
    b: Mapped["int | None"]
    c: Mapped["Optional[str]"] = mapped_column(String(20), comment="x")
