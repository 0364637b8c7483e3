# A hybrid_property read through the class is its expression: the
# expression function's value, else the getter's, called with the class.
# Mailu's ForeignKey(User.email), where email returns cls._email, refers to
# that column, and an Index over a hybrid indexes the column it returns.
# RUN: %schemac schema --sqlalchemy=1.4 %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# CHECK: table tokens
# CHECK: foreign key (user_email) -> users(email)
# CHECK: table users
# CHECK: index ix_users_domain (domain)
from sqlalchemy import Column, ForeignKey, Index, Integer, String
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    _email = Column("email", String(255), primary_key=True)
    _domain = Column("domain", String(80))

    @hybrid_property
    def email(self):
        return self._email

    @hybrid_property
    def domain(self):
        return self._domain.lower()

    @domain.expression
    def domain(cls):
        return cls._domain


Index("ix_users_domain", User.domain)


class Token(Base):
    __tablename__ = "tokens"
    id = Column(Integer, primary_key=True)
    user_email = Column(String(255), ForeignKey(User.email), nullable=False)
    user = relationship(User, backref="tokens")
