import enum

from sqlalchemy import (
    BigInteger, Boolean, Column, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
    func, select,
)
from sqlalchemy.orm import column_property, deferred, relationship

from .meta import Base, NotNull, fk, pk, timestamps, utcnow
from .project import Project

__all__ = ["Release", "File", "PackageType", "Dependency"]


class PackageType(enum.Enum):
    bdist_wheel = "bdist_wheel"
    sdist = "sdist"
    bdist_egg = "bdist_egg"


class DependencyKind(enum.IntEnum):
    requires = 1
    provides = 2
    obsoletes = 3
    requires_dist = 4


class Release(Base):
    __tablename__ = "releases"
    __table_args__ = (
        UniqueConstraint("project_id", "version", name="releases_project_version_key"),
    )

    id = pk()
    project_id = fk(Project.id)
    version = NotNull(String(64))
    canonical_version = NotNull(String(64), index=True)
    _pypi_ordering = Column("pypi_ordering", Integer, key="ordering")
    requires_python = Column(String(100))
    yanked = NotNull(Boolean, default=False)
    yanked_reason = Column(String(200), nullable=False, server_default="")
    description = deferred(Column(Text))
    created, modified = timestamps()

    project = relationship(Project, back_populates="releases")
    files = relationship("File", back_populates="release", order_by="File.filename")


class File(Base):
    __tablename__ = "release_files"
    __table_args__ = (
        Index("release_files_release_id_idx", "release_id"),
        Index("release_files_single_sdist", "release_id", "packagetype", unique=True,
              postgresql_where="packagetype = 'sdist'"),
    )

    id = pk()
    release_id = fk("releases.id")
    python_version = NotNull(String(32))
    packagetype = Column(Enum(PackageType, name="package_type"), nullable=False)
    filename = NotNull(String(255), unique=True)
    path = NotNull(String(512))
    size = NotNull(BigInteger)
    sha256_digest = NotNull(String(64), unique=True)
    blake2_256_digest = NotNull(String(64))
    uploaded_via = Column(String(100))
    upload_time = NotNull(Integer().with_variant(BigInteger, "mysql"), default=0)

    release = relationship(Release, back_populates="files")


class Dependency(Base):
    __tablename__ = "release_dependencies"

    id = pk()
    release_id = fk("releases.id")
    kind = Column(Integer, default=DependencyKind.requires_dist.value)
    specifier = Column(Text)


Release.file_count = column_property(
    select(func.count(File.id))
    .where(File.release_id == Release.id)
    .scalar_subquery()
)
