# sqlalchemy.orm.exc: the ORM's exception classes, named in except clauses.
from sqlalchemy.exc import InvalidRequestError, NoResultFound, MultipleResultsFound, SQLAlchemyError


class StaleDataError(SQLAlchemyError):
    pass


class FlushError(SQLAlchemyError):
    pass


class UnmappedError(InvalidRequestError):
    pass


class UnmappedInstanceError(UnmappedError):
    pass


class UnmappedClassError(UnmappedError):
    pass


class ObjectDeletedError(InvalidRequestError):
    pass


class DetachedInstanceError(SQLAlchemyError):
    pass


class ObjectDereferencedError(SQLAlchemyError):
    pass


class LoaderStrategyException(InvalidRequestError):
    pass
