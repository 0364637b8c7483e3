# A declarative base with the asyncio front end's AsyncAttrs mixin, and the
# engine and session factories made beside the models: the mixin maps
# nothing, the base is whole, and none of it is a warning.
# RUN: %schemac schema --no-cache %s 2>&1 | FileCheck %s --implicit-check-not=warning
# CHECK: table posts
# CHECK-NEXT: id {{ *}}INTEGER {{ *}}primary key not null
# CHECK-NEXT: user_id {{ *}}INTEGER {{ *}}not null
# CHECK-NEXT: foreign key (user_id) -> users(id)
# CHECK: table users
# CHECK-NEXT: id {{ *}}INTEGER {{ *}}primary key not null
# CHECK-NEXT: name {{ *}}VARCHAR(30) {{ *}}not null
from sqlalchemy import ForeignKey, String
from sqlalchemy.ext.asyncio import AsyncAttrs, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

engine = create_async_engine("postgresql+asyncpg://localhost/app", echo=False)
SessionLocal = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


class Base(AsyncAttrs, DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    posts: Mapped[list["Post"]] = relationship(back_populates="user")


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    user: Mapped[User] = relationship(back_populates="posts")
