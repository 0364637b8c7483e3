"""Hybrid getters that load relationships: the lazy load's SELECT reads the
join condition (a single-table target's discriminator too), and the getter
reads what it reads of the target, through chains, loop variables and
names assigned."""
from sqlalchemy import Column, ForeignKey, Integer, Numeric, String, Table
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()

order_tags = Table(
    "order_tags",
    Base.metadata,
    Column("order_id", ForeignKey("orders.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class Region(Base):
    __tablename__ = "regions"

    id = Column(Integer, primary_key=True)
    code = Column(String(8))
    name = Column(String(80))


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
    first_name = Column(String(40))
    last_name = Column(String(40))
    region_id = Column(ForeignKey("regions.id"))

    region = relationship(Region)
    orders = relationship("Order", back_populates="customer")

    @hybrid_property
    def initials(self):
        return self.first_name[:1] + self.last_name[:1]

    @hybrid_property
    def total_spent(self):
        return sum(o.amount for o in self.orders)

    @hybrid_property
    def order_count(self):
        # A method of the collection: nothing more of an order.
        return len(self.orders)

    @hybrid_property
    def region_name(self):
        return self.region.name

    @hybrid_property
    def region_label(self):
        r = self.region
        return r.code if r else ""


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    customer_id = Column(ForeignKey("customers.id"))
    amount = Column(Numeric(10, 2))

    customer = relationship(Customer, back_populates="orders")
    tags = relationship("Tag", secondary=order_tags)
    notes = relationship("Note", lazy="dynamic")
    gifts = relationship("GiftItem", viewonly=True)

    @hybrid_property
    def customer_region(self):
        return self.customer.region.name

    @hybrid_property
    def customer_initials(self):
        return self.customer.initials

    @hybrid_property
    def tag_labels(self):
        return ", ".join(t.label for t in self.tags)

    @hybrid_property
    def note_count(self):
        return self.notes.count()

    @hybrid_property
    def gift_skus(self):
        skus = []
        for gift in self.gifts:
            skus.append(gift.sku)
        return skus


class Tag(Base):
    __tablename__ = "tags"

    id = Column(Integer, primary_key=True)
    label = Column(String(40))


class Note(Base):
    __tablename__ = "notes"

    id = Column(Integer, primary_key=True)
    order_id = Column(ForeignKey("orders.id"))
    body = Column(String(400))


class Item(Base):
    __tablename__ = "items"

    id = Column(Integer, primary_key=True)
    order_id = Column(ForeignKey("orders.id"))
    sku = Column(String(20))
    kind = Column(String(10))

    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "item"}


class GiftItem(Item):
    __mapper_args__ = {"polymorphic_identity": "gift"}
