# The sqlalchemy package namespace, as `import sqlalchemy as sa` sees it.
from sqlalchemy.types import *
from sqlalchemy.schema import *
from sqlalchemy.sql.expression import *
from sqlalchemy.sql.expression import func, text, literal_column, true, false, null
from sqlalchemy.types import TypeDecorator, UserDefinedType
from sqlalchemy import event


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "AdaptedConnection": (2, 0), "Alias": (2, 0), "AliasedReturnsRows": (2, 0),
    "AssertionPool": (2, 0), "AsyncAdaptedQueuePool": (2, 0),
    "BaseDDLElement": (2, 0), "BaseRow": (2, 0), "BinaryExpression": (2, 0),
    "BindParameter": (2, 0), "BindTyping": (2, 0), "BooleanClauseList": (2, 0),
    "CTE": (2, 0), "CacheKey": (2, 0), "Case": (2, 0), "Cast": (2, 0),
    "ChunkedIteratorResult": (2, 0), "ClauseElement": (2, 0),
    "ClauseList": (2, 0), "CollectionAggregate": (2, 0),
    "ColumnClause": (2, 0), "ColumnCollection": (2, 0),
    "ColumnElement": (2, 0), "ColumnOperators": (2, 0), "Compiled": (2, 0),
    "CompoundSelect": (2, 0), "Connection": (2, 0),
    "CreateEnginePlugin": (2, 0), "CursorResult": (2, 0), "DDLElement": (2, 0),
    "DOUBLE": (2, 0), "DOUBLE_PRECISION": (2, 0), "Delete": (2, 0),
    "Dialect": (2, 0), "Double": (2, 0), "Engine": (2, 0),
    "ExceptionContext": (2, 0), "Executable": (2, 0),
    "ExecutableDDLElement": (2, 0), "ExecutionContext": (2, 0),
    "Exists": (2, 0), "Extract": (2, 0),
    "FallbackAsyncAdaptedQueuePool": (2, 0), "False_": (2, 0),
    "FromClause": (2, 0), "FromGrouping": (2, 0), "FrozenResult": (2, 0),
    "Function": (2, 0), "FunctionElement": (2, 0), "FunctionFilter": (2, 0),
    "GenerativeSelect": (2, 0), "Grouping": (2, 0), "HasCTE": (2, 0),
    "HasPrefixes": (2, 0), "HasSuffixes": (2, 0), "Insert": (2, 0),
    "Inspector": (2, 0), "IteratorResult": (2, 0), "Join": (2, 0),
    "Label": (2, 0), "LambdaElement": (2, 0), "Lateral": (2, 0),
    "MappingResult": (2, 0), "MergedResult": (2, 0),
    "NestedTransaction": (2, 0), "NotNullable": (2, 0), "Null": (2, 0),
    "NullPool": (2, 0), "Nullable": (2, 0), "Operators": (2, 0),
    "Over": (2, 0), "Pool": (2, 0), "PoolProxiedConnection": (2, 0),
    "PoolResetState": (2, 0), "QueuePool": (2, 0),
    "ReleaseSavepointClause": (2, 0), "Result": (2, 0), "ResultProxy": (2, 0),
    "ReturnsRows": (2, 0), "RollbackToSavepointClause": (2, 0),
    "RootTransaction": (2, 0), "Row": (2, 0), "RowMapping": (2, 0),
    "SQLColumnExpression": (2, 0), "SavepointClause": (2, 0),
    "ScalarResult": (2, 0), "ScalarSelect": (2, 0), "Select": (2, 0),
    "SelectBase": (2, 0), "SelectLabelStyle": (2, 0), "Selectable": (2, 0),
    "SingletonThreadPool": (2, 0), "StatementLambdaElement": (2, 0),
    "StaticPool": (2, 0), "Subquery": (2, 0), "TableClause": (2, 0),
    "TableSample": (2, 0), "TableValuedAlias": (2, 0), "TextAsFrom": (2, 0),
    "TextClause": (2, 0), "TextualSelect": (2, 0), "Transaction": (2, 0),
    "True_": (2, 0), "TryCast": (2, 0), "Tuple": (2, 0),
    "TwoPhaseTransaction": (2, 0), "TypeClause": (2, 0), "TypeCoerce": (2, 0),
    "TypeCompiler": (2, 0), "URL": (2, 0), "UUID": (2, 0),
    "UnaryExpression": (2, 0), "Update": (2, 0), "UpdateBase": (2, 0),
    "Uuid": (2, 0), "Values": (2, 0), "ValuesBase": (2, 0),
    "Visitable": (2, 0), "WithinGroup": (2, 0), "bitwise_not": (2, 0),
    "create_pool_from_url": (2, 0), "cte": (2, 0), "custom_op": (2, 0),
    "insert_sentinel": (2, 0), "label": (2, 0), "make_url": (2, 0),
    "quoted_name": (2, 0), "result_tuple": (2, 0), "try_cast": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "ThreadLocalMetaData": (2, 0), "subquery": (2, 0),
}
