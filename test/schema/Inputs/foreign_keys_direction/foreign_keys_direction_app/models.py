"""A relationship's direction from foreign_keys= naming the target's column
or its own, where both tables have a column of that name (Nova's
Instance.services, joined on host): a string, a list, a string of a list,
a lambda; and foreign() in the primaryjoin."""
import sqlalchemy as sa
from sqlalchemy import orm

Base = orm.declarative_base()


class Host(Base):
    __tablename__ = "hosts"
    id = sa.Column(sa.Integer, primary_key=True)
    host = sa.Column(sa.String(255))

    # The instances' host is the foreign column: one-to-many.
    instances = orm.relationship(
        "Instance",
        primaryjoin="Host.host == Instance.host",
        foreign_keys="Instance.host",
        viewonly=True,
    )


class Instance(Base):
    __tablename__ = "instances"
    id = sa.Column(sa.Integer, primary_key=True)
    host = sa.Column(sa.String(255))

    hosts = orm.relationship(
        "Host",
        primaryjoin="Instance.host == Host.host",
        foreign_keys="Host.host",
        viewonly=True,
    )
    hosts_listed = orm.relationship(
        "Host",
        primaryjoin="Instance.host == Host.host",
        foreign_keys="[Host.host]",
        viewonly=True,
    )
    hosts_lambda = orm.relationship(
        "Host",
        primaryjoin="Instance.host == Host.host",
        foreign_keys=lambda: [Host.host],
        viewonly=True,
    )
    hosts_marked = orm.relationship(
        "Host",
        primaryjoin="Instance.host == foreign(Host.host)",
        viewonly=True,
    )
    # Its own host is the foreign column: many-to-one.
    own_host = orm.relationship(
        "Host",
        primaryjoin="Instance.host == Host.host",
        foreign_keys=host,
        viewonly=True,
    )
    own_host_named = orm.relationship(
        "Host",
        primaryjoin="Instance.host == Host.host",
        foreign_keys="Instance.host",
        viewonly=True,
    )
