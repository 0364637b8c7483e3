from sqlalchemy.orm import declarative_base

Base = declarative_base()

INNODB = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4"}


class AuditSchemaMixin:
    """Tables of classes using this mixin live in the `audit` schema."""

    __table_args__ = {"schema": "audit", "comment": "append-only audit data"}
