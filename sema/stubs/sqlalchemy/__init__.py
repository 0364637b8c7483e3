# The sqlalchemy package namespace, as `import sqlalchemy as sa` sees it.
from sqlalchemy.types import *
from sqlalchemy.schema import *
from sqlalchemy.sql.expression import *
from sqlalchemy.sql.expression import func, text, literal_column, true, false, null
from sqlalchemy.types import TypeDecorator, UserDefinedType
from sqlalchemy import event

# Names that appeared in SQLAlchemy 2.0 (see sqlalchemy/types.py).
__schemac_since__ = {
    "Uuid": (2, 0), "UUID": (2, 0), "Double": (2, 0), "DOUBLE": (2, 0),
    "DOUBLE_PRECISION": (2, 0), "label": (2, 0),
}
