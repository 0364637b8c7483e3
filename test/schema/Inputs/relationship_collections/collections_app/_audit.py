from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AuditEntry(Base):
    # Defined here, named after the module that exports it.
    __module__ = "collections_app.audit"
    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    folder_id: Mapped[int] = mapped_column(ForeignKey("folder.id"), unique=True)
