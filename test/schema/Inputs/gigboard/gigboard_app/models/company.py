from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from sqlalchemy import Boolean, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, CompanyScoped, IdMixin, str_200, timestamp, url

if TYPE_CHECKING:
    from .jobs import Job


class Company(IdMixin, Base):
    __tablename__ = "companies"

    name: Mapped[str_200]
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    website: Mapped[Optional[url]] = mapped_column(default=None)
    logo_url: Mapped[Optional[url]] = mapped_column(default=None)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    headcount: Mapped[Optional[int]] = mapped_column(default=None)
    created_at: Mapped[timestamp] = mapped_column(init=False)

    recruiters: Mapped[List[Recruiter]] = relationship(default_factory=list, back_populates="company")
    jobs: Mapped[List[Job]] = relationship(default_factory=list, back_populates="company", repr=False)


class Recruiter(IdMixin, CompanyScoped, Base):
    __tablename__ = "recruiters"
    __table_args__ = (UniqueConstraint("company_id", "email"),)

    email: Mapped[str] = mapped_column(String(254))
    name: Mapped[str_200]
    is_admin: Mapped[bool] = mapped_column(default=False)
    headline: Mapped[Optional[str]] = mapped_column(default=None)

    company: Mapped[Company] = relationship(back_populates="recruiters", init=False)
