# sqlalchemy.orm: declarative mapping. The classes here are what sema's
# declarative analysis recognises by qualified name.
from sqlalchemy.orm.mapper import Mapper
from sqlalchemy.schema import MetaData
from sqlalchemy.sql.expression import Cast, ColumnOperators


class Mapped:
    pass


# What a before_mapper_configured listener with retval=True returns:
# EXT_SKIP leaves the mapper unconfigured (sema compares by identity).
class _symbol:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


EXT_CONTINUE = _symbol("EXT_CONTINUE")
EXT_STOP = _symbol("EXT_STOP")
EXT_SKIP = _symbol("EXT_SKIP")


class MappedColumn(ColumnOperators):
    def __init__(self, *args, **kwargs):
        pass

    # Table.c's entry for it is this object: what its Column would say.
    @property
    def name(self):
        return _schemac_column_attribute(self, "name")

    @property
    def key(self):
        return _schemac_column_attribute(self, "key")

    @property
    def type(self):
        return _schemac_column_attribute(self, "type")

    def copy(self, **kw):
        return _schemac_copy_column(self)

    def _copy(self, **kw):
        return _schemac_copy_column(self)


def mapped_column(*args, **kw):
    return MappedColumn(*args, **kw)


class Relationship:
    def __init__(self, argument=None, secondary=None, **kw):
        pass


def relationship(argument=None, secondary=None, **kw):
    return Relationship(argument, secondary, **kw)


RelationshipProperty = Relationship


# remote() and foreign() mark a column of a primaryjoin: sema reads the
# marks for the relationship's direction.
class _SchemacAnnotated(ColumnOperators):
    def __init__(self, element, annotation):
        pass

    def cast(self, type_):
        return Cast(self, type_)


def remote(expr):
    return _SchemacAnnotated(expr, "remote")


def foreign(expr):
    return _SchemacAnnotated(expr, "foreign")


def dynamic_loader(argument=None, **kw):
    return Relationship(argument, **kw)


def backref(name, **kwargs):
    return (name, kwargs)


class ColumnProperty:
    def __init__(self, *columns, **kw):
        pass


def column_property(*columns, **kw):
    return ColumnProperty(*columns, **kw)


def deferred(column, *additional_columns, **kw):
    return ColumnProperty(column, *additional_columns, **kw)


def query_expression(default_expr=None, **kw):
    return None


# aliased(Cls, selectable) stands for Cls's mapper wherever a class is named
# (a relationship's target: Galaxy's row-limited User.current_galaxy_session)
# and its attributes for Cls's columns: what depends on them is the same.
def aliased(element, alias=None, name=None, flat=False, adapt_on_names=False):
    return element


class Synonym:
    def __init__(self, name, map_column=None, descriptor=None, comparator_factory=None, doc=None, info=None):
        pass


def synonym(name, **kw):
    return Synonym(name, **kw)


class Composite:
    # composite(Point, Column(...), ...), or composite(mapped_column(), ...)
    # under Mapped[Point]: sema adds the columns to the class's table.
    def __init__(self, *attrs, **kw):
        pass


def composite(*args, **kw):
    return Composite(*args, **kw)


class declared_attr:
    def __init__(self, fget, cascading=False):
        pass


def _cascading_declared_attr(fget):
    # Run for every mapped subclass too, not only the first mapped class.
    return declared_attr(fget, cascading=True)


declared_attr.directive = declared_attr
declared_attr.cascading = _cascading_declared_attr


class DeclarativeBase:
    # SQLAlchemy maps each subclass here: where an override of the
    # project's calls super().__init_subclass__() (sema: runInitSubclass).
    def __init_subclass__(cls, **kw):
        _schemac_map_class(cls)


class DeclarativeBaseNoMeta:
    def __init_subclass__(cls, **kw):
        _schemac_map_class(cls)


class MappedAsDataclass:
    # Named, among a mapped class's bases, after the module that defines it.
    __module__ = "sqlalchemy.orm.decl_api"


class _DeclarativeLegacyBase:
    pass


# What sema gives a mapper_configured listener and registry.mappers.
def _schemac_mapper_of(cls):
    return Mapper(cls, getattr(cls, "__table__", None))


class registry:
    def __init__(self, *, metadata=None, class_registry=None, type_annotation_map=None, constructor=None):
        if metadata is None:
            metadata = MetaData()
        self.metadata = metadata
        self.type_annotation_map = type_annotation_map

    # The mappers of the classes mapped so far (a loop over them in an
    # after_configured listener sees every class).
    @property
    def mappers(self):
        return frozenset(_schemac_mapper_of(c) for c in _schemac_registry_classes(self))

    def generate_base(self, mapper=None, cls=object, name="Base", metaclass=None):
        bases = (cls, _DeclarativeLegacyBase)
        if cls is object:
            bases = (_DeclarativeLegacyBase,)
        return type(name, bases, {
            "registry": self,
            "metadata": self.metadata,
            "__module__": _schemac_base_module(metaclass),
            "__schemac_metaclass__": metaclass,
        })

    def mapped(self, cls):
        cls.__schemac_registry__ = self
        return cls

    def mapped_as_dataclass(self, cls=None, **kw):
        if cls is None:
            return self.mapped
        return self.mapped(cls)

    def as_declarative_base(self, **kw):
        def decorate(cls):
            return self.generate_base(cls=cls, name=cls.__name__,
                                      metaclass=kw.get("metaclass"))
        return decorate

    def map_imperatively(self, class_, local_table=None, **kw):
        class_.__schemac_imperative__ = (local_table, kw.get("properties"))
        class_.__schemac_registry__ = self
        return Mapper(class_, local_table, **kw)


# 1.4's classical mapping, removed in 2.0: map_imperatively() of a registry
# of its own.
_legacy_registry = registry()


def mapper(class_, local_table=None, *args, **kw):
    return _legacy_registry.map_imperatively(class_, local_table, **kw)


# 1.4's old name of relationship(), removed in 2.0.
def relation(*arg, **kw):
    return relationship(*arg, **kw)


def declarative_base(bind=None, metadata=None, mapper=None, cls=object, name="Base",
                     class_registry=None, type_annotation_map=None, constructor=None,
                     metaclass=None):
    return registry(metadata=metadata, type_annotation_map=type_annotation_map).generate_base(
        cls=cls, name=name, metaclass=metaclass)


def as_declarative(**kw):
    return registry(metadata=kw.get("metadata")).as_declarative_base(
        metaclass=kw.get("metaclass"))


# generate_base makes the base with metaclass(name, bases, dict), a dict
# without __module__: type.__new__ takes it from the frame that calls it --
# decl_api's, or a metaclass's own __new__ (the one nearest type, which
# calls type.__new__), as Flexget's VersionedBaseMeta has.
def _schemac_base_module(metaclass):
    module = "sqlalchemy.orm.decl_api"
    if metaclass is not None:
        for klass in metaclass.__mro__:
            if "__new__" in klass.__dict__ and not klass.__module__.startswith(
                    ("sqlalchemy", "builtins")):
                module = klass.__module__
    return module


def declarative_mixin(cls):
    return cls


def has_inherited_table(cls):
    for class_ in cls.__mro__[1:]:
        if getattr(class_, "__table__", None) is not None:
            return True
    return False


class Session:
    def __init__(self, *args, **kw):
        pass


def sessionmaker(*args, **kw):
    return Session


def scoped_session(*args, **kw):
    return Session()


def configure_mappers():
    return None


def validates(*names, **kw):
    def decorate(f):
        return f
    return decorate


def reconstructor(f):
    return f


class DynamicMapped(Mapped):
    pass


class WriteOnlyMapped(Mapped):
    pass


# A subclass of type, as SQLAlchemy's: a metaclass of both it and another
# of type's subclasses (abc.ABCMeta) has a consistent MRO.
class DeclarativeMeta(type):
    pass


# Names that appeared in SQLAlchemy 2.0, from dir() of this module under
# 1.4.46 and 2.0.52: importing one from project code fails when the models
# run on 1.4, and tells that they run on 2.0 (sema reads this table).
__schemac_since__ = {
    "AttributeEventToken": (2, 0), "Composite": (2, 0),
    "DeclarativeBase": (2, 0), "DeclarativeBaseNoMeta": (2, 0),
    "DynamicMapped": (2, 0), "InspectionAttrExtensionType": (2, 0),
    "KeyFuncDict": (2, 0), "LoaderCallableStatus": (2, 0),
    "MappedAsDataclass": (2, 0), "MappedClassProtocol": (2, 0),
    "MappedCollection": (2, 0), "MappedColumn": (2, 0),
    "MappedSQLExpression": (2, 0), "NO_KEY": (2, 0), "NO_VALUE": (2, 0),
    "NotExtension": (2, 0), "ORMDescriptor": (2, 0), "PassiveFlag": (2, 0),
    "QueryPropertyDescriptor": (2, 0), "Relationship": (2, 0),
    "RelationshipDirection": (2, 0), "SQLORMExpression": (2, 0),
    "SessionTransactionOrigin": (2, 0), "Synonym": (2, 0),
    "WriteOnlyCollection": (2, 0), "WriteOnlyMapped": (2, 0),
    "add_mapped_attribute": (2, 0), "attribute_keyed_dict": (2, 0),
    "attribute_mapped_collection": (2, 0), "column_keyed_dict": (2, 0),
    "column_mapped_collection": (2, 0), "keyfunc_mapping": (2, 0),
    "mapped_as_dataclass": (2, 0), "mapped_collection": (2, 0),
    "mapped_column": (2, 0), "orm_insert_sentinel": (2, 0),
}

# Names that SQLAlchemy 2.0 removed (the same comparison).
__schemac_until__ = {
    "AttributeEvent": (2, 0), "NOT_EXTENSION": (2, 0), "eagerload": (2, 0),
    "mapper": (2, 0), "public_factory": (2, 0), "relation": (2, 0),
}
