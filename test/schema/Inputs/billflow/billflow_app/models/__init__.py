from .base import Base
from .account import Account, Customer, PaymentMethod
from .catalog import Plan, Price, plan_features, Feature
from .billing import Subscription, Invoice, InvoiceLine, UsageRecord

__all__ = [
    "Base", "Account", "Customer", "PaymentMethod", "Plan", "Price", "plan_features",
    "Feature", "Subscription", "Invoice", "InvoiceLine", "UsageRecord",
]
