# sqlalchemy.schema: tables, columns, constraints. Column and Table take
# their arguments in the flexible forms SQLAlchemy accepts; sema sorts them.


class SchemaItem:
    @property
    def info(self):
        # The info= given, else a dict of the object's own (made once).
        return _schemac_info(self)


class _SchemaSymbol:
    def __init__(self, name):
        self.name = name


# Table.to_metadata(schema=RETAIN_SCHEMA): the table's own schema.
RETAIN_SCHEMA = _SchemaSymbol("retain_schema")
# Table(schema=BLANK_SCHEMA): no schema, whatever the MetaData's.
BLANK_SCHEMA = _SchemaSymbol("blank_schema")


class MetaData(SchemaItem):
    def __init__(self, schema=None, quote_schema=None, naming_convention=None, info=None):
        pass

    @property
    def tables(self):
        # Key ("name" or "schema.name") to Table, for the tables made so far.
        return _schemac_metadata_tables(self, False)

    @property
    def sorted_tables(self):
        # The tables, each after those its foreign keys refer to.
        return _schemac_metadata_tables(self, True)

    # What they do to a database changes no model.
    def create_all(self, bind=None, tables=None, checkfirst=True):
        pass

    def drop_all(self, bind=None, tables=None, checkfirst=True):
        pass


from sqlalchemy.sql.expression import Cast, ClauseElement, ColumnOperators, Label, conv
from sqlalchemy.sql.ddl import (
    DDL, DDLElement, AddConstraint, CreateColumn, CreateIndex, CreateSchema,
    CreateSequence, CreateTable, DropColumnComment, DropConstraint, DropIndex,
    DropSchema, DropSequence, DropTable, DropTableComment, SetColumnComment,
    SetTableComment,
)


class Column(ColumnOperators, SchemaItem):
    def __init__(self, *args, **kwargs):
        pass

    # What sema knows of the column once its table has it.
    @property
    def name(self):
        return _schemac_column_attribute(self, "name")

    @property
    def key(self):
        return _schemac_column_attribute(self, "key")

    @property
    def type(self):
        return _schemac_column_attribute(self, "type")

    # A Column is a ColumnElement in SQLAlchemy.
    def cast(self, type_):
        return Cast(self, type_)

    def copy(self, **kw):
        return _schemac_copy_column(self)

    def _copy(self, **kw):
        return _schemac_copy_column(self)


class ForeignKey(SchemaItem):
    def __init__(self, column, _constraint=None, use_alter=False, name=None, onupdate=None,
                 ondelete=None, deferrable=None, initially=None, link_to_name=False, match=None,
                 info=None, comment=None, **dialect_kw):
        pass


class Constraint(SchemaItem):
    def ddl_if(self, dialect=None, callable_=None, state=None):
        # Which dialects' DDL makes it (sema reports it is not modelled).
        self.__schemac_ddl_if__ = True
        return self


class ColumnCollectionConstraint(Constraint):
    pass


class PrimaryKeyConstraint(ColumnCollectionConstraint):
    def __init__(self, *columns, name=None, deferrable=None, initially=None, info=None, **dialect_kw):
        pass


class UniqueConstraint(ColumnCollectionConstraint):
    def __init__(self, *columns, name=None, deferrable=None, initially=None, info=None, **dialect_kw):
        pass


class CheckConstraint(ColumnCollectionConstraint):
    def __init__(self, sqltext, name=None, deferrable=None, initially=None, table=None,
                 info=None, _create_rule=None, _autoattach=True, _type_bound=False, **dialect_kw):
        pass


class ForeignKeyConstraint(ColumnCollectionConstraint):
    def __init__(self, columns, refcolumns, name=None, onupdate=None, ondelete=None,
                 deferrable=None, initially=None, use_alter=False, link_to_name=False, match=None,
                 table=None, info=None, comment=None, **dialect_kw):
        pass


class Index(SchemaItem):
    def __init__(self, name, *expressions, unique=False, quote=None, info=None, **dialect_kw):
        pass

    def ddl_if(self, dialect=None, callable_=None, state=None):
        # Which dialects' CREATE INDEX makes it (sema reads it).
        self.__schemac_ddl_if__ = dialect
        self.__schemac_ddl_if_callable__ = callable_
        return self


class ColumnCollection:
    # Table.c / Table.columns: sema sets one attribute per column key.
    def get(self, key, default=None):
        return getattr(self, key, default)

    def __getitem__(self, key):
        return getattr(self, key)

    def __iter__(self):
        return _schemac_attribute_list(self, "values")

    def __len__(self):
        return len(_schemac_attribute_list(self, "values"))

    def __contains__(self, key):
        return key in _schemac_attribute_list(self, "names")

    def keys(self):
        return _schemac_attribute_list(self, "names")

    def values(self):
        return _schemac_attribute_list(self, "values")

    def items(self):
        return list(zip(self.keys(), self.values()))

    def __contains__(self, key):
        return hasattr(self, key)


class Table(SchemaItem):
    def __init__(self, *args, **kw):
        pass

    # Sema adds what these collect to the table when the analysis ends
    # (AppendedItemsAttribute in sema/Declarative.h).
    def append_column(self, column, replace_existing=False):
        self.__schemac_appended__ = getattr(self, "__schemac_appended__", []) + [column]

    def append_constraint(self, constraint):
        self.__schemac_appended__ = getattr(self, "__schemac_appended__", []) + [constraint]

    def to_metadata(self, metadata, schema=RETAIN_SCHEMA, referred_schema_fn=None, name=None):
        # The copy in the other MetaData: sema copies what the table holds.
        return _schemac_copy_table(self, metadata, schema, referred_schema_fn, name)

    # The 1.3 name, deprecated in 1.4.
    tometadata = to_metadata

    # What they do to a database changes no model.
    def create(self, bind=None, checkfirst=False):
        pass

    def drop(self, bind=None, checkfirst=False):
        pass

    def alias(self, name=None, flat=False):
        return _TableAlias(self)


# table.alias(): its columns read the table's, and are not the table's
# columns (a self-join's other side).
class _TableAlias(ClauseElement):
    def __init__(self, table):
        self._table = table

    @property
    def c(self):
        return _TableAliasColumns(self._table)

    columns = c


class _TableAliasColumns:
    def __init__(self, table):
        self._table = table

    def __getattr__(self, key):
        return Label(key, getattr(self._table.c, key))

    def __getitem__(self, key):
        return Label(key, self._table.c[key])


class Sequence(SchemaItem):
    def __init__(self, name, start=None, increment=None, minvalue=None, maxvalue=None,
                 nominvalue=None, nomaxvalue=None, cycle=None, schema=None, cache=None,
                 order=None, data_type=None, optional=False, quote=None, metadata=None,
                 quote_schema=None, for_update=False):
        pass

    def next_value(self):
        return _NextValue(self)


class _NextValue:
    def __init__(self, sequence):
        pass


class Identity(SchemaItem):
    def __init__(self, always=False, on_null=None, start=None, increment=None,
                 minvalue=None, maxvalue=None, nominvalue=None, nomaxvalue=None,
                 cycle=None, cache=None, order=None):
        pass


class Computed(SchemaItem):
    def __init__(self, sqltext, persisted=None):
        pass


class FetchedValue(SchemaItem):
    def __init__(self, for_update=False):
        pass


class DefaultClause(FetchedValue):
    def __init__(self, arg, for_update=False, _reflected=False):
        pass


# Column(..., ColumnDefault(5)): the default, as default=5 gives it.
class ColumnDefault(SchemaItem):
    def __init__(self, arg, for_update=False):
        pass


DDL = None


# What a naming convention's callable tokens are called with: sema builds
# these views of a constraint and its table (column objects with name and
# key; the constraint's columns as a collection with values()).
class _SchemacColumnView:
    def __init__(self, name, key):
        self.name = name
        self.key = key


class _SchemacColumnsView:
    def __init__(self, columns):
        self._columns = columns

    def values(self):
        return self._columns

    def keys(self):
        return [c.key for c in self._columns]

    def __iter__(self):
        return self._columns

    def __len__(self):
        return len(self._columns)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._columns[key]
        for c in self._columns:
            if c.key == key:
                return c


class _SchemacTableView:
    def __init__(self, name, schema):
        self.name = name
        self.schema = schema
        self.fullname = name if schema is None else schema + "." + name


class _SchemacConstraintView:
    def __init__(self, name, columns, table, unique=None):
        self.name = name
        self.columns = _SchemacColumnsView(columns)
        self.table = table
        # An Index's own attribute.
        if unique is not None:
            self.unique = unique


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "BaseDDLElement": (2, 0), "DropConstraintComment": (2, 0),
    "ExecutableDDLElement": (2, 0), "HasConditionalDDL": (2, 0),
    "InvokeDDLBase": (2, 0), "SchemaConst": (2, 0), "SchemaVisitable": (2, 0),
    "SetConstraintComment": (2, 0), "insert_sentinel": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "DDLBase": (2, 0), "ThreadLocalMetaData": (2, 0),
}
