"""Classes made by class statements inside functions and inside classes:
their qualified names are Python's (<locals>, the enclosing class), and
a registry still knows them by module and name."""
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    history = relationship("factory_app.models.DocumentHistory", viewonly=True)


def make_history(parent_table, parent_name):
    class DocumentHistory(Base):
        __tablename__ = parent_table + "_history"
        id: Mapped[int] = mapped_column(primary_key=True)
        parent_id: Mapped[int] = mapped_column(ForeignKey(parent_table + ".id"))
        parent = relationship(parent_name)

    return DocumentHistory


DocumentHistory = make_history("documents", "Document")


class Catalog:
    class Entry(Base):
        __tablename__ = "catalog_entries"
        id: Mapped[int] = mapped_column(primary_key=True)
        title: Mapped[str] = mapped_column(String(100))


def make_audit(name):
    class Audit(Base):
        __tablename__ = name + "_audit"
        id: Mapped[int] = mapped_column(primary_key=True)

    # Named after what it audits, as the factory's callers see it.
    Audit.__qualname__ = name.title() + "Audit"
    return Audit


OrderAudit = make_audit("order")
