"""Static configuration shared by models and views."""
CURRENCY_PRECISION = 12
CURRENCY_SCALE = 2
SKU_LENGTH = 24
NAME_LENGTH = 150
COUNTRY_CODE_LENGTH = 2
ORDER_STATUSES = ("pending", "paid", "shipped", "delivered", "cancelled", "refunded")
DEFAULT_ORDER_STATUS = ORDER_STATUSES[0]
