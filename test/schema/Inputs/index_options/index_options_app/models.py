"""Indexes with the options of each dialect's CREATE INDEX."""
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    asc,
    desc,
    func,
    nulls_last,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    # The attribute's key is not the column's name: postgresql_ops goes by key.
    data_ = mapped_column("data", JSONB().with_variant(Text, "mysql", "sqlite"))
    owner_id: Mapped[int | None] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted_at = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_documents_data", "data", postgresql_using="GIN"),
        # A partial unique index: one live document per title.
        Index(
            "uq_documents_title_live",
            "title",
            unique=True,
            postgresql_where=deleted_at.is_(None),
            sqlite_where=deleted_at.is_(None),
        ),
        Index(
            "ix_documents_title_ops",
            title,
            owner_id,
            postgresql_ops={"title": "text_pattern_ops"},
            postgresql_include=["body", deleted_at],
            postgresql_with={"fillfactor": 70, "deduplicate_items": "off"},
            postgresql_tablespace="fast space",
            postgresql_concurrently=True,
        ),
        Index("ix_documents_body", body, mysql_length=100, mysql_prefix="FULLTEXT"),
        Index(
            "ix_documents_title_body",
            "title",
            "body",
            mysql_length={"body": 20},
            mysql_using="btree",
            postgresql_where=text("owner_id > 10"),
        ),
        Index("ix_documents_owner", owner_id, unique=True, postgresql_nulls_not_distinct=True),
        Index("ix_documents_owner_active", owner_id, active, postgresql_nulls_not_distinct=False),
        Index(
            "ix_documents_lower_title",
            func.lower(title),
            postgresql_using="btree",
            mysql_with_parser="ngram",
            postgresql_concurrently=False,
        ),
    )


Index(
    "ix_documents_data_ops",
    Document.data_,
    postgresql_using="gin",
    postgresql_ops={"data_": "jsonb_path_ops"},
)

audit = Table(
    "audit_log",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", ForeignKey("documents.id")),
    Column("action", String(20), nullable=False),
    Index("ix_audit_log_action", "action", sqlite_where=text("action != 'read'"), mysql_length=8),
    Index("ix_audit_log_document", "document_id", postgresql_using="hash"),
)

# Columns named by key: index entries and INCLUDE take keys, postgresql_ops
# matches by key (a name whose column has another key matches none),
# mysql_length by name; NULLS NOT DISTINCT only for True itself.
keyed_docs = Table(
    "keyed_docs",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("title_col", String(100), key="title"),
    Column("body", String(200)),
    Index("ix_keyed_docs_ops", "title", postgresql_ops={"title": "text_pattern_ops"}),
    Index("ix_keyed_docs_ops_name", "title", postgresql_ops={"title_col": "text_pattern_ops"}),
    Index("ix_keyed_docs_incl", "body", postgresql_include=["title"]),
    Index("ix_keyed_docs_len", "title", "body", mysql_length={"title_col": 10, "body": 20}),
    Index("ix_keyed_docs_nnd", "body", unique=True, postgresql_nulls_not_distinct=1),
)


# Orderings: PostgreSQL's CREATE INDEX groups an operator expression
# (self_group()), not an ordering, which is a modifier (prefect's indexes).
class Run(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(20))
    end_time: Mapped[int] = mapped_column()
    __table_args__ = (
        Index("ix_runs_key_end_desc", "key", desc("end_time")),
        Index("ix_runs_end_asc", end_time.asc()),
        Index("ix_runs_coalesce_desc", func.coalesce(end_time, 0).desc()),
        Index("ix_runs_end_nulls_last", nulls_last(desc("end_time"))),
        Index("ix_runs_key_incl", "key", desc("end_time"), postgresql_include=["id"]),
        Index("ix_runs_lower_key_desc", func.lower(key).desc()),
        Index("ix_runs_end_plus", end_time + 1),
        Index("ix_runs_neg_end", -end_time),
    )
