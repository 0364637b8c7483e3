#!/usr/bin/python3
"""What each computed attribute of a model package reads, as the real SQLAlchemy
builds it: the expected-reads.txt that compare_reads.py checks schemac
against. Every mapped class, with its computed attributes in the form of the
lines `schemac dump-ir` prints for them (without locations).

usage: /usr/bin/python3 sqla_reads.py CASE_DIR > CASE_DIR/expected-reads.txt
CASE_DIR/case.json names the modules to import ({"entry": [...], "sqla": ...});
SQLAlchemy is whichever the interpreter finds: Debian's python3-sqlalchemy is
1.4; for a 2.0 case, put a 2.0 checkout first on PYTHONPATH
(<sqlalchemy>/lib:<typing_extensions>/src).

A column_property reads the columns in its SQL expression. A hybrid reads the
columns in its class-level SQL expression (the .expression function, else the
getter called with the class) where SQLAlchemy can build one, and the mapped
attributes its getter reads from the instance (run with a stand-in that
records them): columns, the columns of a column_property, synonym or hybrid,
and through a relationship (`self.customer.name`, `o.total for o in
self.orders`) its join condition (and a single-table target's
discriminator), which loading it reads, and what is read of the target. A
table alias's column is its table's. A synonym reads what the attribute it names
reads. A parent mapper's attributes are listed for the parent only, as are
not the columns SQLAlchemy maps for a concrete polymorphic union. A
development aid: it runs the project's code.
"""
import importlib
import json
import os
import sys
from unittest import mock

import sqlalchemy as sa
from sqlalchemy.ext.hybrid import hybrid_method, hybrid_property
from sqlalchemy.orm import configure_mappers, mapperlib
from sqlalchemy.sql import visitors


def sql_columns(expr):
    """The table columns a SQL expression reads, however deep; a table
    alias's column (a self-join's other side) reads the table's."""
    out = set()
    for e in visitors.iterate(expr):
        if not isinstance(e, sa.Column):
            continue
        table = e.table
        if isinstance(table, sa.sql.expression.Alias) and isinstance(table.element, sa.Table):
            table = table.element
        if isinstance(table, sa.Table):
            out.add((table.schema or "", table.name, e.name))
    return out


class Recorder:
    """An instance stand-in: records into `log` the attributes the getter
    reads, with the mapper of the instance read. Their values are all true,
    or all false, and so are comparisons of them: the getter is run both
    ways, so that `a and b`, `not a and b` and `a <= x <= b` read both sides.
    A relationship's value is a stand-in of its target (in a list, for a
    collection), whose reads are the target's."""

    def __init__(self, mapper, truth, log):
        self.__dict__.update(mapper=mapper, truth=truth, log=log)

    def __bool__(self):
        return self.truth

    def __getattr__(self, name):
        self.log.append((self.mapper, name))
        rel = self.mapper.relationships.get(name)
        if rel is not None:
            target = Recorder(rel.mapper, self.truth, self.log)
            return [target] if rel.uselist else target
        value = mock.MagicMock()
        value.__bool__.return_value = self.truth
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            getattr(value, op).return_value = value
        return value


def join_columns(rel):
    """What loading a relationship reads: its join condition, and a
    single-table target's discriminator."""
    out = sql_columns(rel.primaryjoin)
    if rel.secondaryjoin is not None:
        out |= sql_columns(rel.secondaryjoin)
    target = rel.mapper
    if target.single and target.polymorphic_on is not None:
        out |= sql_columns(target.polymorphic_on)
    return out


def reads(mapper, key, seen=()):
    if (mapper, key) in seen:
        return set()
    seen = seen + ((mapper, key),)
    descriptor = mapper.all_orm_descriptors.get(key)
    if key in mapper.synonyms:
        return reads(mapper, mapper.synonyms[key].name, seen)
    if key in mapper.column_attrs:
        out = set()
        for c in mapper.column_attrs[key].columns:
            out |= sql_columns(c)
        return out
    if key in mapper.relationships:
        return join_columns(mapper.relationships[key])
    if isinstance(descriptor, (hybrid_property, hybrid_method)):
        out = set()
        try:
            expr = getattr(mapper.class_, key)
            if isinstance(descriptor, hybrid_method):
                expr = expr(0)
            out |= sql_columns(expr)
        except Exception:
            pass  # Python only: the getter's reads below are all there is
        getter = descriptor.fget if isinstance(descriptor, hybrid_property) else descriptor.func
        for truth in (True, False):
            log = []
            try:
                getter(Recorder(mapper, truth, log), *([0] if isinstance(descriptor, hybrid_method) else []))
            except Exception:
                pass
            for read_mapper, name in log:
                out |= reads(read_mapper, name, seen)
        return out
    return set()  # no mapped attribute


def union_column(mapper, prop):
    """A property SQLAlchemy makes itself for concrete inheritance: a column
    of the polymorphic union, or its discriminator."""
    if not isinstance(mapper.local_table, sa.Table):
        return True
    return mapper.concrete and prop.columns[0] is mapper.polymorphic_on


def computed(mapper):
    """Name to kind of the attributes that are not plain table columns."""
    out = {}
    for key, d in mapper.all_orm_descriptors.items():
        # The parent mapper's attributes are the parent's.
        if key == "__mapper__" or (mapper.inherits and key in mapper.inherits.all_orm_descriptors):
            continue
        if isinstance(d, hybrid_property):
            out[key] = "hybrid_property"
        elif isinstance(d, hybrid_method):
            out[key] = "hybrid_method"
        elif key in mapper.synonyms:
            out[key] = "synonym"
        elif key in mapper.column_attrs and not all(
            isinstance(c, sa.Column) for c in mapper.column_attrs[key].columns
        ) and not union_column(mapper, mapper.column_attrs[key]):
            out[key] = "column_property"
    return out


def render(cols):
    if not cols:
        return "<none>"
    tables = {}
    for schema, table, column in sorted(cols):
        tables.setdefault(f"{schema}.{table}" if schema else table, []).append("@" + column)
    return ", ".join(f"@{t}({', '.join(cs)})" for t, cs in tables.items())


def main():
    case = sys.argv[1]
    with open(os.path.join(case, "case.json")) as f:
        modules = json.load(f)["entry"]
    sys.path.insert(0, case)
    for m in modules:
        importlib.import_module(m)
    configure_mappers()
    mappers = [mp for r in mapperlib._all_registries() for mp in r.mappers]
    for mapper in sorted(mappers, key=lambda mp: f"{mp.class_.__module__}.{mp.class_.__qualname__}"):
        attrs = computed(mapper)
        print(f'class "{mapper.class_.__module__}.{mapper.class_.__qualname__}"')
        for key in sorted(attrs):
            print(f"  {attrs[key]} @{key} -> {render(reads(mapper, key))}")


main()
