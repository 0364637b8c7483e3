# A relationship() given foreign_keys= but no primaryjoin joins on the
# foreign keys of those columns alone, as SQLAlchemy's join_condition does
# with consider_as_foreign_keys. Where they are in more than one foreign
# key constraint between the tables, it keeps only a constraint of exactly
# those columns, and raises AmbiguousForeignKeysError where none is (or
# several that join differently); where none of them has a foreign key to
# the other table, NoForeignKeysError. Each case was run against
# SQLAlchemy 1.4 and 2.0.
# RUN: not %schemac schema --sqlalchemy=1.4 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, Table
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    region = Column(Integer, primary_key=True)


class Transfer(Base):
    __tablename__ = "transfers"
    id = Column(Integer, primary_key=True)
    source_id = Column(Integer)
    source_region = Column(Integer)
    target_id = Column(Integer)
    target_region = Column(Integer)
    plain = Column(Integer)
    __table_args__ = (
        ForeignKeyConstraint(["source_id", "source_region"], ["accounts.id", "accounts.region"]),
        ForeignKeyConstraint(["target_id", "target_region"], ["accounts.id", "accounts.region"]),
    )
    source = relationship("Account", foreign_keys=[source_id, source_region])
    # One column of each constraint: neither is a constraint of exactly them.
    # CHECK: ambiguous-foreign-keys.py:[[@LINE+1]]:5: error: relationship 'crossed' of 'Transfer': the columns foreign_keys names are in more than one foreign key path between the tables (transfers.source_id -> accounts.id, transfers.source_region -> accounts.region; transfers.target_id -> accounts.id, transfers.target_region -> accounts.region), and none is a path of exactly those columns: SQLAlchemy cannot tell which to join on and raises as it configures the mappers (AmbiguousForeignKeysError)
    crossed = relationship("Account", foreign_keys=[source_id, target_id])
    # As a string, evaluated as SQLAlchemy does.
    # CHECK: ambiguous-foreign-keys.py:[[@LINE+1]]:5: error: relationship 'crossed_text' of 'Transfer': the columns foreign_keys names are in more than one foreign key path
    crossed_text = relationship("Account", foreign_keys="[Transfer.source_id, Transfer.target_id]")
    # An empty list is no foreign_keys= to SQLAlchemy: both keys count.
    # CHECK: ambiguous-foreign-keys.py:[[@LINE+1]]:5: error: relationship 'unlisted' of 'Transfer': more than one foreign key path links the tables (transfers.source_id -> accounts.id, transfers.source_region -> accounts.region; transfers.target_id -> accounts.id, transfers.target_region -> accounts.region), and neither foreign_keys nor primaryjoin is given
    unlisted = relationship("Account", foreign_keys=[])
    # One column of one constraint: that constraint's way.
    target = relationship("Account", foreign_keys=[target_id])
    # CHECK: ambiguous-foreign-keys.py:[[@LINE+1]]:5: error: relationship 'unkeyed' of 'Transfer': no foreign key of the columns foreign_keys names links table 'transfers' and table 'accounts', and no primaryjoin is given: SQLAlchemy cannot determine the join condition and raises as it configures the mappers (NoForeignKeysError)
    unkeyed = relationship("Account", foreign_keys=[plain])


class Payment(Base):
    # A composite constraint and one of its columns' own: foreign_keys of
    # both columns is the composite's, of the one column that column's.
    # (SQLAlchemy warns that these relationships copy to the same columns;
    # schemac does not model overlaps=.)
    __tablename__ = "payments"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("accounts.id"))
    account_region = Column(Integer)
    __table_args__ = (
        ForeignKeyConstraint(["account_id", "account_region"], ["accounts.id", "accounts.region"]),
    )
    account = relationship("Account", foreign_keys=[account_id, account_region])
    by_id = relationship("Account", foreign_keys=[account_id])
    # Of account_region, only the composite has a foreign key: its way.
    by_region = relationship("Account", foreign_keys=[account_region, id])
    # account_id is in both, and neither is a constraint of account_id and id.
    # CHECK: ambiguous-foreign-keys.py:[[@LINE+1]]:5: error: relationship 'loose' of 'Payment': the columns foreign_keys names are in more than one foreign key path between the tables (payments.account_id -> accounts.id; payments.account_id -> accounts.id, payments.account_region -> accounts.region)
    loose = relationship("Account", foreign_keys=[account_id, id])


class Group(Base):
    __tablename__ = "groups"
    id = Column(Integer, primary_key=True)


membership = Table(
    "membership",
    Base.metadata,
    Column("member_id", Integer),
    Column("member_region", Integer),
    Column("inviter_id", Integer),
    Column("inviter_region", Integer),
    Column("group_id", ForeignKey("groups.id")),
    ForeignKeyConstraint(["member_id", "member_region"], ["accounts.id", "accounts.region"]),
    ForeignKeyConstraint(["inviter_id", "inviter_region"], ["accounts.id", "accounts.region"]),
)


class Member(Base):
    __tablename__ = "members"
    id = Column(Integer, primary_key=True)
    account_id = Column(Integer)
    account_region = Column(Integer)
    __table_args__ = (
        ForeignKeyConstraint(["account_id", "account_region"], ["accounts.id", "accounts.region"]),
    )


Account.groups = relationship(
    Group, secondary=membership,
    foreign_keys=[membership.c.member_id, membership.c.member_region, membership.c.group_id])
# CHECK: ambiguous-foreign-keys.py:[[@LINE+1]]:1: error: relationship 'all_groups' of 'Account': the columns foreign_keys names are in more than one foreign key path between the tables via the secondary table 'membership' (membership.member_id -> accounts.id, membership.member_region -> accounts.region; membership.inviter_id -> accounts.id, membership.inviter_region -> accounts.region), and none is a path of exactly those columns
Account.all_groups = relationship(
    Group, secondary=membership,
    foreign_keys=[membership.c.member_id, membership.c.member_region,
                  membership.c.inviter_id, membership.c.inviter_region, membership.c.group_id])
