import re

from sqlalchemy import Boolean, CheckConstraint, Column, Index, Integer, String, Text, func, text
from sqlalchemy.orm import relationship, validates

from .meta import Base, NotNull, fk, name_column, pk, utcnow

__all__ = ["Project", "ProjectRole"]

_NORMALIZE = re.compile(r"[-_.]+")


def normalize(name):
    return _NORMALIZE.sub("-", name).lower()


class Project(Base):
    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint(
            "name ~* '^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$'", name="projects_valid_name"
        ),
        {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4"},
    )

    id = pk()
    name = name_column(unique=True)
    normalized_name = NotNull(String(100), unique=True)
    summary = Column(String(512))
    homepage = Column(String(400))
    has_docs = Column(Boolean, default=False)
    upload_limit = Column(Integer, comment="bytes; NULL means the site default")
    total_size = NotNull(Integer, server_default=text("0"))
    last_serial = NotNull(Integer, server_default="0")

    releases = relationship("Release", back_populates="project", cascade="all, delete-orphan")

    @validates("name")
    def _set_normalized(self, key, value):
        self.normalized_name = normalize(value)
        return value

    def __repr__(self):
        return "<Project {0.name}>".format(self)


Index("projects_name_lower_idx", func.lower(Project.name))


class ProjectRole(Base):
    __tablename__ = "roles"
    __table_args__ = (
        Index("roles_user_project_idx", "user_id", "project_id", unique=True),
    )

    id = pk()
    role_name = NotNull(String(20), default="Maintainer")
    user_id = fk("users.id")
    project_id = fk("projects.id")

    user = relationship("User", lazy=False)
    project = relationship(Project, lazy=False)
