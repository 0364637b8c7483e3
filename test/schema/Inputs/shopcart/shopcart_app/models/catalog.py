from decimal import Decimal

from sqlalchemy import (CheckConstraint, Column, ForeignKey, Index, Integer, Numeric, String, Table,
                        Text, UnicodeText, func, select)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import relationship, column_property, deferred

from .. import settings
from .meta import Base, SoftDeleteMixin, TimestampMixin, metadata

product_categories = Table(
    "product_categories", metadata,
    Column("product_id", Integer, ForeignKey("product.id"), primary_key=True),
    Column("category_id", Integer, ForeignKey("category.id"), primary_key=True),
)


def money_column(**kw):
    """Every monetary amount uses the same precision."""
    kw.setdefault("nullable", False)
    return Column(Numeric(settings.CURRENCY_PRECISION, settings.CURRENCY_SCALE), **kw)


class Category(Base):
    name = Column(String(settings.NAME_LENGTH), nullable=False)
    slug = Column(String(settings.NAME_LENGTH), nullable=False, unique=True)
    parent_id = Column(Integer, ForeignKey("category.id"))

    products = relationship("Product", secondary=product_categories, back_populates="categories")


class Product(TimestampMixin, SoftDeleteMixin, Base):
    sku = Column(String(settings.SKU_LENGTH), nullable=False, unique=True)
    name = Column(String(settings.NAME_LENGTH), nullable=False)
    description = deferred(Column(UnicodeText))
    price = money_column()
    compare_at_price = money_column(nullable=True)
    cost = money_column(default=Decimal("0.00"))
    stock = Column(Integer, nullable=False, default=0)
    weight_grams = Column(Integer)

    categories = relationship(Category, secondary=product_categories, back_populates="products")
    images = relationship("ProductImage", order_by="ProductImage.position", backref="product")

    __table_args__ = (
        CheckConstraint("price >= 0", name="price_nonneg"),
        CheckConstraint(stock >= 0, name="stock_nonneg"),
        Index("ix_product_name_lower", func.lower(name)),
    )

    @hybrid_property
    def on_sale(self):
        return self.compare_at_price is not None and self.compare_at_price > self.price

    @hybrid_property
    def margin(self):
        return self.price - self.cost


class ProductImage(Base):
    product_id = Column(Integer, ForeignKey("product.id", ondelete="CASCADE"), nullable=False)
    url = Column(String(500), nullable=False)
    alt_text = Column(String(200))
    position = Column(Integer, nullable=False, default=0)


Product.image_count = column_property(
    func.coalesce(
        select(func.count(ProductImage.id))
        .where(ProductImage.product_id == Product.id)
        .scalar_subquery(), 0)
)
