"""Booleans in CHECK constraints and partial indexes: a comparison with a
Python bool or true()/false() (warehouse's File.__table_args__), and a
Boolean column as a condition of its own under AND, OR and NOT, which
dialects without a native boolean (MySQL, SQLite) compare with 1 or 0."""
from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Index,
    Integer,
    String,
    and_,
    false,
    not_,
    or_,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


class Base(DeclarativeBase):
    pass


class File(Base):
    __tablename__ = "files"

    @declared_attr
    def __table_args__(cls):
        return (
            Index(
                "files_single_sdist",
                "release_id",
                "packagetype",
                unique=True,
                postgresql_where=(cls.packagetype == "sdist")
                & (cls.allow_multiple == False),  # noqa: E712
            ),
            Index(
                "files_multi",
                "release_id",
                sqlite_where=cls.allow_multiple == True,  # noqa: E712
            ),
            CheckConstraint(cls.allow_multiple != True, name="ck_no_multi"),  # noqa: E712
            CheckConstraint(cls.yanked.is_(False), name="ck_yanked_is"),
            CheckConstraint(cls.yanked.is_not(True), name="ck_yanked_is_not"),
            CheckConstraint(cls.yanked == true(), name="ck_yanked_true"),
        )

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int]
    packagetype: Mapped[str] = mapped_column(String(20))
    allow_multiple: Mapped[bool] = mapped_column(default=False)
    yanked: Mapped[bool] = mapped_column(default=False)


class Flagged(Base):
    __tablename__ = "flagged"

    id = Column(Integer, primary_key=True)
    flag = Column(Boolean, nullable=False)
    n = Column(Integer)
    __table_args__ = (
        CheckConstraint(flag, name="ck_bare"),
        CheckConstraint(and_(flag, n > 0), name="ck_and"),
        CheckConstraint(or_(n < 0, flag), name="ck_or"),
        CheckConstraint(~flag, name="ck_invert"),
        CheckConstraint(not_(flag), name="ck_not"),
        CheckConstraint(and_(~flag, n > 0), name="ck_and_invert"),
        CheckConstraint(not_(n == 1), name="ck_not_eq"),
        CheckConstraint(and_(true(), n > 1), name="ck_and_true"),
        CheckConstraint(or_(false(), n > 2), name="ck_or_false"),
        CheckConstraint(n != False, name="ck_int_bool"),  # noqa: E712
        Index("ix_flag_n", "n", postgresql_where=~flag, sqlite_where=and_(flag, n > 0)),
    )
