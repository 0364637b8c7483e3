# A joined subclass's table needs a foreign key to its parent's table (or
# the parent's to it), or __mapper_args__ inherit_condition: SQLAlchemy
# raises NoForeignKeysError as it maps the class otherwise.
# RUN: not %schemac schema --sqlalchemy=2.0 %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "account"}


class Savings(Account):
    __tablename__ = "savings"
    id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
    __mapper_args__ = {"polymorphic_identity": "savings"}


# CHECK: inherit-condition.py:[[@LINE+1]]:1: error: joined subclass 'Loan' maps table 'loans', which has no foreign key to its parent's table 'accounts' (nor the parent's to it): SQLAlchemy cannot determine the inherit condition and raises (NoForeignKeysError)
class Loan(Account):
    __tablename__ = "loans"
    id: Mapped[int] = mapped_column(primary_key=True)
    __mapper_args__ = {"polymorphic_identity": "loan"}


class Credit(Account):
    __tablename__ = "credits"
    id: Mapped[int] = mapped_column(primary_key=True)
    __mapper_args__ = {
        "polymorphic_identity": "credit",
        "inherit_condition": id == Account.id,
    }
