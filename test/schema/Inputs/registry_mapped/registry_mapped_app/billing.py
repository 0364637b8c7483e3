"""A second registry with its own MetaData, and a base generated from it."""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Numeric, String
from sqlalchemy.orm import registry, relationship

billing_registry = registry(metadata=MetaData(schema="billing"))
BillingBase = billing_registry.generate_base()


class Plan(BillingBase):
    __tablename__ = "plans"

    id = Column(Integer, primary_key=True)
    code = Column(String(20), unique=True, nullable=False)
    monthly_price = Column(Numeric(8, 2), nullable=False)


@billing_registry.mapped
class Subscription:
    __tablename__ = "subscriptions"

    id = Column(Integer, primary_key=True)
    plan_id = Column(ForeignKey("billing.plans.id"), nullable=False)
    # cross-schema reference into the default schema of the other registry
    user_id = Column(Integer, ForeignKey("public.user_account.id"), nullable=True)
    plan = relationship(Plan)
