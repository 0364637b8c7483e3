# Class attributes SQLAlchemy leaves unmapped, each said rather than
# quietly left out (SQLAlchemy 2.0.52 maps only the columns id and code and
# the column_property code_length here, and warns for the tuples and the
# expressions):
# - a tuple of one column or relationship, a trailing comma's doing;
# - a SQL expression: .cast() is ColumnElement's, so a Column's cast is an
#   expression, and column() is one;
# - .label() and label() make a Label, an expression too, unless
#   column_property() maps it;
# - mapped_column() has no .cast() (AttributeError in SQLAlchemy).
# RUN: %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:
# RUN: %schemac schema --sqlalchemy=2.0 --format=ddl %s 2>/dev/null | FileCheck %s --check-prefix=DDL
# RUN: %schemac lineage --no-cache --sqlalchemy=2.0 items.code %s 2>/dev/null | FileCheck %s --check-prefix=READS
from sqlalchemy import Column, Index, Integer, String, column
from sqlalchemy import label as make_label
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    column_property,
    mapped_column,
    relationship,
)


class Base(DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    code = Column(String(10))
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'name' of a mapped class is a tuple of one Column (a comma at the end of the line?); SQLAlchemy ignores it, and maps no column
    name = Column(String(20)),
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'size' of a mapped class is a tuple of one MappedColumn (a comma at the end of the line?); SQLAlchemy ignores it, and maps no column
    size = mapped_column(Integer),
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'parent' of a mapped class is a tuple of one Relationship (a comma at the end of the line?); SQLAlchemy ignores it, and maps no relationship
    parent = relationship("Item"),
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'as_number' of a mapped class is a SQL expression, not a column; SQLAlchemy does not map it (column_property() would)
    as_number = Column(Integer).cast(String)
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'loose' of a mapped class is a SQL expression, not a column; SQLAlchemy does not map it (column_property() would)
    loose = column("loose")
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'label' of a mapped class cannot be evaluated ('MappedColumn.cast()': 'MappedColumn.cast' is not modelled by schemac); if it is a column, the column is missing
    label = mapped_column(String(20)).cast(String)
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'titled' of a mapped class is a SQL expression, not a column; SQLAlchemy does not map it (column_property() would)
    titled = Column(String(20)).label("titled")
    # CHECK: unmapped-class-attributes.py:[[@LINE+1]]:5: warning: attribute 'named' of a mapped class is a SQL expression, not a column; SQLAlchemy does not map it (column_property() would)
    named = make_label("named", Column(Integer))
    # READS: Item.code_length (column_property)  reads -> items.code
    code_length = column_property((code + "!").label("code_length"))
    # A tuple of other things is no mistake of that kind.
    choices = ("a", "b")

    __table_args__ = (Index("ix_code_number", code.cast(Integer)),)


# DDL: CREATE TABLE items (
# DDL-NEXT: id SERIAL NOT NULL,
# DDL-NEXT: code VARCHAR(10),
# DDL-NEXT: PRIMARY KEY (id)
# DDL-NEXT: )
# DDL: CREATE INDEX ix_code_number ON items (CAST(code AS INTEGER))
