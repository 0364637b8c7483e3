# Computed attributes in SQLAlchemy 1.4's declarative style: what each one
# reads is in ../expected-reads.txt, as SQLAlchemy 1.4 itself reports it.
from sqlalchemy import Column, ForeignKey, Integer, Numeric, String, Table, case, cast, func, select
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import column_property, declarative_base, deferred, relationship, synonym

Base = declarative_base()


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
    first_name = Column(String(50), nullable=False)
    last_name = Column(String(50), nullable=False)
    _email = Column("email", String(200))
    # a deferred column is a column: no computed attribute
    notes = deferred(Column(String(500)))

    full_name = column_property(first_name + " " + last_name)
    lower_email = column_property(func.lower(_email))
    email = synonym("_email")
    name = synonym("full_name")

    orders = relationship("Order", back_populates="customer")

    @hybrid_property
    def initials(self):
        return self.first_name[:1] + self.last_name[:1]

    @hybrid_property
    def spent(self):
        # through a relationship: not followed
        return sum(order.amount for order in self.orders)

    @spent.expression
    def spent(cls):
        # another class's table, named by its class
        return select(func.sum(Order.amount)).where(Order.customer_id == cls.id).scalar_subquery()


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"), nullable=False)
    amount = Column(Numeric(10, 2), nullable=False)
    discount = Column(Numeric(10, 2))

    customer = relationship(Customer, back_populates="orders")

    size = column_property(case((amount > 100, "large"), else_="small"))
    amount_text = column_property(cast(amount, String))
    # a window function: .over() is not modelled by the analysis
    rank = column_property(func.rank().over(order_by=amount.desc()))

    @hybrid_property
    def net(self):
        return self.amount - self.discount

    @net.expression
    def net(cls):
        return cls.amount - func.coalesce(cls.discount, 0)

    @hybrid_property
    def discount_rate(self):
        raise NotImplementedError("SQL only")

    @discount_rate.expression
    def discount_rate(cls):
        return cls.__table__.c.discount / cls.amount

    @hybrid_method
    def costs_more_than(self, value):
        return self.amount > value

    @hybrid_property
    def owner_name(self):
        # another class's computed attribute, through a relationship
        return self.customer.full_name

    @hybrid_property
    def label(self):
        # a misspelt attribute: no such column
        return self.ammount


notes = Table(
    "notes",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(100), nullable=False),
)


class Note:
    pass


# Mapped imperatively: the properties are the class's attributes.
Base.registry.map_imperatively(
    Note,
    notes,
    properties={"shouted": column_property(func.upper(notes.c.title)), "heading": synonym("title")},
)


# Added once both classes exist: a correlated subquery of another table.
Customer.order_count = column_property(
    select(func.count(Order.id))
    .where(Order.customer_id == Customer.id)
    .correlate_except(Order)
    .scalar_subquery()
)
