"""Classes mapped onto existing tables: the mapper makes each column a class
attribute, which the code after the class reads."""
from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)
from sqlalchemy.orm import column_property, declarative_base, registry, synonym

Base = declarative_base()

account_table = Table(
    "accounts",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
    Column("email_address", String(100), key="email"),
    Column("region", String(10)),
    Column("secret", String(20)),
)


class Account(Base):
    __table__ = account_table
    # The column "region" under another attribute name.
    area = account_table.c.region
    _secret = synonym("secret")


Index("ix_accounts_name", Account.name)
Index("ix_accounts_email_area", Account.email, Account.area)
account_table.append_constraint(UniqueConstraint(Account.email, name="uq_accounts_email"))


class Invoice(Base):
    __tablename__ = "invoices"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey(Account.id))
    account_email = Column(String(100))
    __table_args__ = (
        ForeignKeyConstraint([account_email], [Account.email]),
    )


reg = registry(metadata=MetaData())
package_table = Table(
    "packages",
    reg.metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(10)),
    Column("size", Integer),
)


class Package:
    pass


reg.map_imperatively(Package, package_table, properties={"bytes": package_table.c.size})

Index("ix_packages_title", Package.title)
Index("ix_packages_bytes", Package.bytes)
package_table.append_constraint(CheckConstraint(Package.bytes >= 0, name="ck_packages_bytes"))


class Release(Base):
    __tablename__ = "releases"
    id = Column(Integer, primary_key=True)
    # A foreign key to another MetaData's table, by its column object.
    package_id = Column(Integer, ForeignKey(Package.id))
