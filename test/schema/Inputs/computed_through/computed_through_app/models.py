# Computed attributes that read other computed attributes: a hybrid over
# hybrids, two levels deep; a column_property over a column_property; a
# synonym of a hybrid; a subclass's hybrid over its parent's; another
# class's hybrid, named by its class in a correlated subquery.
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, func, select
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, synonym


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    rate: Mapped[Decimal] = mapped_column(Numeric(6, 4))
    label: Mapped[str] = mapped_column(String(40))

    code = column_property(func.upper(label))
    code_tag = column_property(func.concat(code, "-", label))


class LineItem(Base):
    __tablename__ = "line_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    qty: Mapped[int] = mapped_column()
    discount: Mapped[Decimal] = mapped_column(Numeric(10, 2))

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "item"}

    line_value = column_property(price * qty)
    line_value_eur = column_property(func.round(line_value))

    @hybrid_property
    def subtotal(self) -> Decimal:
        return self.price * self.qty

    @hybrid_property
    def total(self) -> Decimal:
        return self.subtotal - self.discount

    @hybrid_property
    def with_tax(self) -> Decimal:
        return self.total * Decimal("1.2")

    gross = synonym("with_tax")


class BonusItem(LineItem):
    __mapper_args__ = {"polymorphic_identity": "bonus"}

    @hybrid_property
    def bonus(self) -> Decimal:
        return self.total + 1


class Statement(Base):
    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))

    @hybrid_property
    def amount(self) -> Decimal:
        raise NotImplementedError("SQL only")

    @amount.inplace.expression
    @classmethod
    def _amount_expression(cls):
        return (
            select(func.sum(LineItem.total))
            .where(LineItem.invoice_id == cls.invoice_id)
            .scalar_subquery()
        )
