# collections.defaultdict is a class: models subclass it (CTFd's
# Challenges.alt_defaultdict, given as _polymorphic_map) without a warning,
# and what it makes still supplies a missing key from its factory.
# RUN: %schemac schema --no-cache --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()

LENGTHS = defaultdict(lambda: 80, {"code": 12})


class Challenge(Base):
    __tablename__ = "challenges"
    id = sa.Column(sa.Integer, primary_key=True)
    code = sa.Column(sa.String(LENGTHS["code"]))
    name = sa.Column(sa.String(LENGTHS["name"]))
    type = sa.Column(sa.String(80))

    class alt_defaultdict(defaultdict):
        def __missing__(self, key):
            return self["standard"]

    __mapper_args__ = {
        "polymorphic_identity": "standard",
        "polymorphic_on": type,
        "_polymorphic_map": alt_defaultdict(),
    }

# CHECK:      table challenges (defaultdict-subclass.Challenge)
# CHECK-NEXT:   id INTEGER primary key not null
# CHECK-NEXT:   code VARCHAR(12) null
# CHECK-NEXT:   name VARCHAR(80) null
# CHECK-NEXT:   type VARCHAR(80) null
