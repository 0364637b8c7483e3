# Indexes over expressions PostgreSQL applications write: a JSONB element
# and its text, an ARRAY item, a collation.
from typing import Optional

from sqlalchemy import Index, Integer, String
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    author: Mapped[Optional[str]] = mapped_column(String(100))
    data = mapped_column(JSONB)
    scores = mapped_column(ARRAY(Integer))


Index("ix_doc_author_collate", Doc.author.collate("C"))
Index("ix_doc_data_kind", Doc.data["kind"].astext)
Index("ix_doc_first_score", Doc.scores[1])
Index("ix_doc_kind_author", Doc.data["kind"].astext, Doc.author)
