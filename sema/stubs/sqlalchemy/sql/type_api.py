# sqlalchemy.sql.type_api: where TypeEngine, TypeDecorator and
# UserDefinedType are defined; sqlalchemy.types re-exports them.
from sqlalchemy.types import TypeDecorator, TypeEngine, UserDefinedType
