from sqlalchemy import Boolean, Column, Integer

from .base import make_lookup

LOOKUPS = [
    ("Country", 2),
    ("Currency", 3),
    ("Language", 5),
]

for _name, _length in LOOKUPS:
    globals()[_name] = make_lookup(_name, _length)

Timezone = make_lookup("Timezone", 64, {"utc_offset_minutes": Column(Integer, default=0)})

REGISTRY = {
    kind: make_lookup(kind.title().replace("_", ""), 8, {"active": Column(Boolean, default=True)})
    for kind in ["payment_method", "shipping_method"]
}
