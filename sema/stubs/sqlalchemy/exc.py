# sqlalchemy.exc: the exception classes, as 1.4 and 2.0 arrange them;
# models name them in except clauses and raise them from validators.


class SQLAlchemyError(Exception):
    pass


class ArgumentError(SQLAlchemyError):
    pass


class ObjectNotExecutableError(ArgumentError):
    pass


class NoSuchModuleError(ArgumentError):
    pass


class NoForeignKeysError(ArgumentError):
    pass


class AmbiguousForeignKeysError(ArgumentError):
    pass


class CircularDependencyError(SQLAlchemyError):
    pass


class CompileError(SQLAlchemyError):
    pass


class UnsupportedCompilationError(CompileError):
    pass


class IdentifierError(SQLAlchemyError):
    pass


class DisconnectionError(SQLAlchemyError):
    pass


class InvalidatePoolError(DisconnectionError):
    pass


class TimeoutError(SQLAlchemyError):
    pass


class InvalidRequestError(SQLAlchemyError):
    pass


class NoInspectionAvailable(InvalidRequestError):
    pass


class PendingRollbackError(InvalidRequestError):
    pass


class ResourceClosedError(InvalidRequestError):
    pass


class NoSuchColumnError(InvalidRequestError):
    pass


class NoResultFound(InvalidRequestError):
    pass


class MultipleResultsFound(InvalidRequestError):
    pass


class NoReferenceError(InvalidRequestError):
    pass


class AwaitRequired(InvalidRequestError):
    pass


class MissingGreenlet(InvalidRequestError):
    pass


class NoReferencedTableError(NoReferenceError):
    pass


class NoReferencedColumnError(NoReferenceError):
    pass


class NoSuchTableError(InvalidRequestError):
    pass


class UnreflectableTableError(InvalidRequestError):
    pass


class UnboundExecutionError(InvalidRequestError):
    pass


class StatementError(SQLAlchemyError):
    pass


class DBAPIError(StatementError):
    pass


class InterfaceError(DBAPIError):
    pass


class DatabaseError(DBAPIError):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "ConstraintColumnNotFoundError": (2, 0), "DuplicateColumnError": (2, 0),
    "IllegalStateChangeError": (2, 0), "SATestSuiteWarning": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "RemovedIn20Warning": (2, 0),
}
