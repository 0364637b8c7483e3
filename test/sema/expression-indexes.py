# Indexes over SQL expressions: a JSONB element (data['k'] on 2.0) and its
# text (->>), an ARRAY item, a collation. PostgreSQL's CREATE INDEX groups
# each operator expression, as SQLAlchemy 2.0.52's create_all writes it (and
# PostgreSQL requires); a function call and a cast stand alone. An expression the
# analysis cannot write leaves its index out, saying so.
# RUN: %schemac schema --no-cache --sqlalchemy=2.0 --format=ddl --dialect=postgresql %s 2>&1 | FileCheck %s --implicit-check-not=warning:
# CHECK: expression-indexes.py:37:1: warning: index 'ix_doc_created_year' cannot be attached to a table ('sqlalchemy.extract()': 'sqlalchemy.extract' is not modelled by schemac); it is left out
# CHECK: CREATE INDEX ix_doc_author_collate ON doc ((author COLLATE "C"));
# CHECK: CREATE INDEX ix_doc_author_lower ON doc (lower(author));
# CHECK: CREATE INDEX ix_doc_created_day ON doc (CAST(created AS DATE));
# CHECK: CREATE INDEX ix_doc_data_kind ON doc ((data ->> 'kind'));
# CHECK: CREATE INDEX ix_doc_data_owner ON doc ((data['owner']));
# CHECK: CREATE INDEX ix_doc_first_score ON doc ((scores[1]));
# CHECK: CREATE INDEX ix_doc_kind_author ON doc ((data ->> 'kind'), author);
import datetime as dt
from typing import Optional

from sqlalchemy import Date, Index, Integer, String, cast, extract, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    author: Mapped[Optional[str]] = mapped_column(String(100))
    created: Mapped[dt.datetime]
    data = mapped_column(JSONB)
    scores = mapped_column(ARRAY(Integer))


Index("ix_doc_created_day", cast(Doc.created, Date))
Index("ix_doc_created_year", extract("year", Doc.created))
Index("ix_doc_author_collate", Doc.author.collate("C"))
Index("ix_doc_author_lower", func.lower(Doc.author))
Index("ix_doc_data_kind", Doc.data["kind"].astext)
Index("ix_doc_data_owner", Doc.data["owner"])
Index("ix_doc_first_score", Doc.scores[1])
Index("ix_doc_kind_author", Doc.data["kind"].astext, Doc.author)
