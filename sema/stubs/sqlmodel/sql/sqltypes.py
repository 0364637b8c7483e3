# sqlmodel.sql.sqltypes: the two types SQLModel maps Python types to.
from sqlalchemy.types import CHAR, String, TypeDecorator
from sqlalchemy.dialects.postgresql import UUID


class AutoString(TypeDecorator):
    impl = String
    mysql_default_length = 255

    def load_dialect_impl(self, dialect):
        impl = self.impl
        if impl.length is None and dialect.name == "mysql":
            return dialect.type_descriptor(String(self.mysql_default_length))
        return super().load_dialect_impl(dialect)


class GUID(TypeDecorator):
    impl = CHAR

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(UUID())
        return dialect.type_descriptor(CHAR(32))
