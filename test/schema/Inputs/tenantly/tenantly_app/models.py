"""Tenants, users, projects, tasks and the audit trail."""
from __future__ import annotations

import datetime
import uuid
from typing import Optional

from sqlalchemy import (
    CheckConstraint, ForeignKey, ForeignKeyConstraint, Index, Integer, String, Text,
    UniqueConstraint, func, text, true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .config import APP_SCHEMA, AUDIT_SCHEMA, CORE_SCHEMA, MAX_NAME, MAX_SLUG
from .db import Base, TenantScoped


class Tenant(Base):
    __tablename__ = "tenants"
    __table_args__ = (
        CheckConstraint("length(slug) >= 3", name="slug_len"),
        CheckConstraint("seat_limit > 0", name="seat_limit_positive"),
        {"schema": CORE_SCHEMA, "comment": "one row per customer organisation"},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(MAX_SLUG), unique=True)
    name: Mapped[str] = mapped_column(String(MAX_NAME))
    plan: Mapped[str] = mapped_column(String(20), server_default="free")
    seat_limit: Mapped[int] = mapped_column(default=5, server_default=text("5"))
    is_suspended: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now())

    members: Mapped[list["Membership"]] = relationship(back_populates="tenant")

    def __repr__(self) -> str:
        return f"Tenant({self.slug!r})"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    full_name: Mapped[Optional[str]] = mapped_column(String(MAX_NAME))
    password_hash: Mapped[Optional[str]] = mapped_column(String(128), deferred=True)
    is_staff: Mapped[bool] = mapped_column(default=False, server_default=text("false"))
    last_login: Mapped[Optional[datetime.datetime]]

    memberships: Mapped[list["Membership"]] = relationship(
        back_populates="user", foreign_keys="Membership.user_id")

    __table_args__ = (
        Index("ix_users_email_lower", func.lower(email), unique=True),
        {"schema": CORE_SCHEMA},
    )


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("tenant_id", "user_id"),
        CheckConstraint("role IN ('owner', 'admin', 'member', 'guest')", name="role_valid"),
        {"schema": CORE_SCHEMA},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("core.tenants.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey(User.id, ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16), default="member")
    invited_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("core.users.id", ondelete="SET NULL"))
    joined_at: Mapped[datetime.datetime] = mapped_column(default=datetime.datetime.utcnow)

    tenant: Mapped[Tenant] = relationship(back_populates="members")
    user: Mapped[User] = relationship(back_populates="memberships", foreign_keys=[user_id])
    invited_by: Mapped[Optional[User]] = relationship(foreign_keys=[invited_by_id])


class Project(TenantScoped, Base):
    __tablename__ = "projects"
    __table_args__ = (
        UniqueConstraint("tenant_id", "key", name="project_key"),
        Index(None, "tenant_id", "archived"),
        {"schema": APP_SCHEMA},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(MAX_NAME))
    description: Mapped[Optional[str]] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(server_default=true())
    next_task_number: Mapped[int] = mapped_column(default=1)

    tasks: Mapped[list["Task"]] = relationship(back_populates="project", order_by="Task.number")


class Task(TenantScoped, Base):
    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(Integer)
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[Optional[str]] = mapped_column(Text, deferred=True)
    status: Mapped[str] = mapped_column(String(20), default="todo", index=True)
    priority: Mapped[int] = mapped_column(default=3, comment="1 = highest")
    assignee_id: Mapped[Optional[int]] = mapped_column(ForeignKey("core.users.id"))
    due_on: Mapped[Optional[datetime.date]]
    estimate_minutes: Mapped[Optional[int]]

    project: Mapped[Project] = relationship(back_populates="tasks")

    __table_args__ = (
        ForeignKeyConstraint(["project_id"], [f"{APP_SCHEMA}.projects.id"], ondelete="CASCADE"),
        UniqueConstraint("project_id", "number"),
        CheckConstraint("priority BETWEEN 1 AND 5", name="priority_range"),
        Index("ix_tasks_open", "project_id", "status", postgresql_where=text("status <> 'done'")),
        {"schema": APP_SCHEMA, "comment": "work items"},
    )


class AuditEvent(Base):
    __tablename__ = "events"
    __table_args__ = {"schema": AUDIT_SCHEMA}

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    tenant_id: Mapped[Optional[int]] = mapped_column(ForeignKey(Tenant.id))
    actor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("core.users.id"))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(64))
    target_id: Mapped[Optional[str]] = mapped_column(String(64))
    occurred_at: Mapped[datetime.datetime] = mapped_column(server_default=func.now(), index=True)
