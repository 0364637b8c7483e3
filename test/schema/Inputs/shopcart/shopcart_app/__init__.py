"""shopcart: catalogue, carts and orders for a small web shop (Pyramid-style project layout)."""
