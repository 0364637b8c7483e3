# sqlalchemy.sql.ddl: DDL statements as objects, which models' modules make
# to attach to events (DDL("...").execute_if(dialect="postgresql")) or to
# run themselves. They make nothing of the schema.
from sqlalchemy.sql.expression import ClauseElement, Executable


class DDLElement(Executable, ClauseElement):
    def execute_if(self, dialect=None, callable_=None, state=None):
        return self


class DDL(DDLElement):
    def __init__(self, statement, context=None, bind=None):
        self.statement = statement
        self.context = context or {}


class _CreateDropBase(DDLElement):
    def __init__(self, element, bind=None, if_exists=False, if_not_exists=False):
        self.element = element


class CreateSchema(_CreateDropBase):
    def __init__(self, name, quote=None, **kw):
        self.element = name


class DropSchema(_CreateDropBase):
    def __init__(self, name, quote=None, cascade=False, **kw):
        self.element = name
        self.cascade = cascade


class CreateTable(_CreateDropBase):
    def __init__(self, element, bind=None, include_foreign_key_constraints=None,
                 if_not_exists=False):
        self.element = element


class DropTable(_CreateDropBase):
    pass


class CreateSequence(_CreateDropBase):
    pass


class DropSequence(_CreateDropBase):
    pass


class CreateIndex(_CreateDropBase):
    pass


class DropIndex(_CreateDropBase):
    pass


class AddConstraint(_CreateDropBase):
    pass


class DropConstraint(_CreateDropBase):
    def __init__(self, element, cascade=False, **kw):
        self.element = element
        self.cascade = cascade


class CreateColumn:
    def __init__(self, element):
        self.element = element


class SetTableComment(_CreateDropBase):
    pass


class DropTableComment(_CreateDropBase):
    pass


class SetColumnComment(_CreateDropBase):
    pass


class DropColumnComment(_CreateDropBase):
    pass
