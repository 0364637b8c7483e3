from .meta import Base, metadata  # noqa: F401
from .customer import Customer, Address  # noqa: F401
from .catalog import Category, Product, ProductImage, product_categories  # noqa: F401
from .orders import Cart, CartItem, Order, OrderLine, Coupon  # noqa: F401
