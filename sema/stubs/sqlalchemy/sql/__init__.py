# SQL expressions, as far as defaults, check constraints and indexes use them.
from sqlalchemy.sql.expression import *
from sqlalchemy.sql.expression import func, text, literal_column, true, false, null


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "BaseDDLElement": (2, 0), "DDL": (2, 0), "DDLElement": (2, 0),
    "ExecutableDDLElement": (2, 0), "NotNullable": (2, 0), "Nullable": (2, 0),
    "SQLColumnExpression": (2, 0), "SelectLabelStyle": (2, 0),
    "try_cast": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "subquery": (2, 0),
}
