#!/usr/bin/env python3
"""Writes a large SQLAlchemy model package for benchmarks, deterministically.

    gen_models.py OUTDIR --models N [--style 1.4|2.0] [--seed S]
                  [--per-module M] [--package NAME]

OUTDIR/NAME/ becomes a package (NAME defaults to `benchmodels`) of N mapped
classes, M (50) per module, in the shapes real model packages have:

  base.py      the naming convention, the declarative base and mixins
               (timestamps, soft delete, an audit FK through declared_attr, a
               declared_attr __tablename__)
  enums.py     Python enums used by Enum columns
  types.py     (2.0) Annotated aliases and the base's type_annotation_map
  <domain>.py  the models: columns of every common type, foreign keys to
               earlier models (same module or imported from earlier ones),
               self-references, relationships (back_populates; backref and
               backref() in 1.4), association tables, __table_args__ with
               indexes, unique and check constraints, methods with docstrings
               and bodies, properties, __repr__
  __init__.py  imports every module, so importing the package maps them all

--style 1.4 writes declarative_base() / Column / relationship / backref;
--style 2.0 writes DeclarativeBase / Mapped[...] / mapped_column / Annotated
aliases with `from __future__ import annotations`. The same arguments always
write the same bytes: every choice comes from random.Random(seed). Foreign
keys only point to models generated earlier, so no import is circular. The
generated code imports under Debian's SQLAlchemy 1.4 (1.4 style) and
SQLAlchemy 2.0 (2.0 style) and configure_mappers() succeeds on it.

Prints one line: models, association tables, tables, modules, lines, bytes.
"""

import argparse
import os
import random
import re
import shutil
import sys

DOMAINS = [
    "Account", "Billing", "Catalog", "Inventory", "Shipping", "Payment",
    "Customer", "Order", "Marketing", "Support", "Analytics", "Warehouse",
    "Fleet", "Staff", "Payroll", "Project", "Content", "Media",
    "Notification", "Security", "Audit", "Compliance", "Pricing", "Promotion",
    "Subscription", "Partner", "Vendor", "Procurement", "Finance", "Ledger",
    "Tax", "Store", "Loyalty", "Review", "Survey", "Event", "Booking",
    "Travel", "Learning", "Clinic",
]
QUALIFIERS = [
    "", "Daily", "Monthly", "Pending", "Archived", "External", "Internal",
    "Draft", "Shared", "Custom", "Default", "Legacy", "Scheduled", "Manual",
    "Recurring", "Regional", "Bulk", "Partner", "Public", "Private",
]
NOUNS = [
    "Invoice", "Item", "Line", "Entry", "Record", "Batch", "Schedule", "Rule",
    "Setting", "Profile", "Address", "Contact", "Note", "Attachment", "Tag",
    "Category", "Group", "Member", "Role", "Permission", "Token", "Session",
    "Log", "Report", "Snapshot", "Metric", "Target", "Plan", "Quota", "Limit",
    "Request", "Response", "Ticket", "Comment", "Rating", "Template",
    "Message", "Channel", "Period", "Adjustment", "Allocation", "Assignment",
    "Approval", "Document", "Version", "Revision", "Export", "Job", "Task",
    "Step", "Stage", "Queue", "Slot", "Zone", "Region", "Site", "Location",
    "Device", "Asset", "Policy", "Claim", "Payout", "Transfer", "Voucher",
    "Campaign", "Segment", "Visit", "Shift", "Route", "Package",
]

ENUMS = [
    ("OrderStatus", ["pending", "paid", "shipped", "delivered", "cancelled"]),
    ("Priority", ["low", "normal", "high", "urgent"]),
    ("Visibility", ["public", "unlisted", "private"]),
    ("ApprovalState", ["draft", "submitted", "approved", "rejected"]),
    ("Currency", ["eur", "usd", "gbp", "chf", "jpy"]),
    ("Channel", ["email", "sms", "push", "webhook"]),
    ("Severity", ["info", "warning", "error", "critical"]),
    ("Frequency", ["once", "daily", "weekly", "monthly", "yearly"]),
    ("PaymentMethod", ["card", "transfer", "cash", "voucher"]),
    ("DeviceKind", ["phone", "tablet", "desktop", "kiosk"]),
    ("ShipmentState", ["created", "packed", "in_transit", "delivered", "lost"]),
    ("Gender", ["female", "male", "other", "unknown"]),
    ("Weekday", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
    ("TicketState", ["open", "waiting", "solved", "closed"]),
    ("ContentFormat", ["markdown", "html", "plain"]),
    ("Region", ["emea", "amer", "apac"]),
]

# (column name, kind); kinds are rendered per style below
DATA_COLUMNS = [
    ("name", "str"), ("title", "str"), ("code", "code"), ("slug", "code"),
    ("label", "str"), ("email", "email"), ("phone", "short"),
    ("reference", "code"), ("external_id", "code"), ("currency_code", "short"),
    ("locale", "short"), ("country_code", "short"), ("source", "str"),
    ("url", "long"), ("summary", "str"),
    ("description", "text"), ("notes", "text"), ("body", "text"),
    ("quantity", "int"), ("position", "int"), ("retry_count", "int"),
    ("sort_order", "int"), ("revision", "int"), ("duration_seconds", "int"),
    ("capacity", "int"),
    ("views", "bigint"),
    ("amount", "money"), ("price", "money"), ("total", "money"),
    ("balance", "money"), ("discount", "money"),
    ("rate", "rate"), ("weight", "rate"),
    ("is_active", "bool"), ("is_public", "bool"), ("is_default", "bool"),
    ("enabled", "bool"), ("verified", "bool"),
    ("starts_at", "dt"), ("ends_at", "dt"), ("processed_at", "dt"),
    ("expires_at", "dt"), ("published_at", "dt"), ("last_seen_at", "dt"),
    ("effective_date", "date"), ("due_date", "date"), ("period_start", "date"),
    ("attributes", "json"), ("settings", "json"), ("extra", "json"),
    ("score", "float"), ("latitude", "float"), ("longitude", "float"),
    ("status", "enum"), ("kind", "enum"), ("level", "enum"),
]
NON_NEGATIVE = {"quantity", "capacity", "amount", "price", "total", "retry_count",
                "duration_seconds", "weight", "discount"}
ROLES = ["parent", "owner", "source", "target", "primary", "backup", "origin"]
ONDELETE = [None, None, "CASCADE", "CASCADE", "SET NULL", "RESTRICT"]

NAMING_CONVENTION = '''\
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
'''


def snake(camel):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower()


def plural(word):
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


class FK:
    def __init__(self, column, target, role, ondelete, nullable, index):
        self.column, self.target, self.role = column, target, role
        self.ondelete, self.nullable, self.index = ondelete, nullable, index
        self.relationship = None  # None | "plain" | "back_populates" | "backref" | "backref_call"
        self.rel_name = None      # attribute on the child
        self.back_name = None     # attribute on the target
        self.by_class = False     # ForeignKey(Target.id) / relationship(Target)


class Model:
    def __init__(self, index, module, cls):
        self.index, self.module, self.cls = index, module, cls
        self.tablename_mixin = False
        self.table = None
        self.mixins = []
        self.pk_type = "int"
        self.columns = []         # (name, kind, options dict)
        self.fks = []
        self.self_ref = False
        self.m2m = []             # (association table, target model, attr, backref)
        self.back_rels = []       # (attr, child model, back_populates name, uselist)
        self.indexes = []         # (name, [columns])
        self.uniques = []         # [columns]
        self.checks = []          # (sql, name)
        self.expr_index = None    # (name, column)
        self.table_comment = None
        self.methods = []

    @property
    def singular(self):
        return snake(self.cls)


class Module:
    def __init__(self, index, name, domain):
        self.index, self.name, self.domain = index, name, domain
        self.models = []
        self.assoc = []           # (name, child, target, child column, target column)


class Plan:
    """Every choice, made before any file is written (so that a target
    model can get the back_populates side of a relationship declared by a
    model in a later module)."""

    def __init__(self, n, per_module, seed):
        self.rng = random.Random(seed)
        self.modules = []
        self.models = []
        self.table_names = set()
        names = self._class_names(n, per_module)
        for i, (domain, cls) in enumerate(names):
            mi = i // per_module
            if mi == len(self.modules):
                cycle = mi // len(DOMAINS)
                mod_name = domain.lower() + ("" if cycle == 0 else f"_{cycle + 1}")
                self.modules.append(Module(mi, mod_name, domain))
            module = self.modules[mi]
            model = Model(i, module, cls)
            module.models.append(model)
            self.models.append(model)
            self._plan_model(model)

    def _class_names(self, n, per_module):
        """Unique class names; module i holds the models of DOMAINS[i % 40]."""
        combos = {}
        out = []
        used = set()
        for i in range(n):
            mi = i // per_module
            domain = DOMAINS[mi % len(DOMAINS)]
            if i == 0:
                out.append((domain, "User"))
                used.add("User")
                continue
            if i == 1:
                out.append((domain, "Organization"))
                used.add("Organization")
                continue
            pool = combos.get(domain)
            if pool is None:
                pool = [q + noun for q in QUALIFIERS for noun in NOUNS]
                self.rng.shuffle(pool)
                combos[domain] = pool
            name = domain + pool.pop() if pool else f"{domain}Record{i}"
            while name in used:
                name = f"{domain}Record{i}"
            used.add(name)
            out.append((domain, name))
        return out

    def _plan_model(self, m):
        rng = self.rng
        m.tablename_mixin = m.index >= 2 and rng.random() < 0.2
        if m.tablename_mixin:
            m.table = m.cls.lower() + "s"
        else:
            m.table = plural(m.singular)
        assert m.table not in self.table_names, m.table
        self.table_names.add(m.table)
        m.pk_type = "bigint" if rng.random() < 0.15 else "int"
        if rng.random() < 0.7:
            m.mixins.append("TimestampMixin")
        if rng.random() < 0.2:
            m.mixins.append("SoftDeleteMixin")
        if m.index >= 1 and rng.random() < 0.25:
            m.mixins.append("AuditMixin")
        if m.tablename_mixin:
            m.mixins.append("TableNameMixin")

        used = {"id", "created_at", "updated_at", "deleted_at", "created_by_id"}
        # foreign keys to earlier models
        if m.index == 1:
            nfk = 0
        elif m.index >= 2:
            nfk = rng.choices([0, 1, 2, 3], weights=[2, 4, 3, 1])[0]
        else:
            nfk = 0
        targets_seen = {}
        for _ in range(nfk):
            target = self._pick_target(m)
            k = targets_seen.get(target.index, 0)
            targets_seen[target.index] = k + 1
            role = None if k == 0 else ROLES[(k - 1) % len(ROLES)]
            col = f"{target.singular}_id" if role is None else f"{role}_{target.singular}_id"
            if col in used:
                continue
            used.add(col)
            fk = FK(col, target, role, rng.choice(ONDELETE), rng.random() < 0.35,
                    rng.random() < 0.5)
            if fk.ondelete == "SET NULL":
                fk.nullable = True
            hub = target.index < 2
            r = rng.random()
            if hub:
                fk.relationship = "plain" if r < 0.6 else None
            elif r < 0.45:
                fk.relationship = "back_populates"
            elif r < 0.8:
                fk.relationship = "backref"
            elif r < 0.9:
                fk.relationship = "backref_call"
            else:
                fk.relationship = None
            fk.rel_name = col[:-3]
            if fk.relationship in ("back_populates", "backref", "backref_call"):
                fk.back_name = m.table if role is None else f"{role}_{m.table}"
            if fk.relationship == "back_populates":
                target.back_rels.append((fk.back_name, m, fk.rel_name))
            fk.by_class = target.module is not m.module and rng.random() < 0.35
            used.add(fk.rel_name)
            m.fks.append(fk)
        if m.index >= 2 and rng.random() < 0.08:
            m.self_ref = True
            used.update(("parent_id", "parent", "children"))

        # data columns
        ndata = rng.randint(3, 11)
        pool = [c for c in DATA_COLUMNS if c[0] not in used]
        chosen = rng.sample(pool, min(ndata, len(pool)))
        chosen.sort(key=lambda c: DATA_COLUMNS.index(c))
        for name, kind in chosen:
            used.add(name)
            opts = {"nullable": rng.random() < 0.4}
            if kind in ("code", "email") and rng.random() < 0.5:
                opts["unique"] = True
                opts["nullable"] = False
            elif kind in ("str", "code", "dt", "date", "enum", "int") and rng.random() < 0.15:
                opts["index"] = True
            if kind == "enum":
                opts["enum"] = rng.choice(ENUMS)
            if kind == "str":
                opts["length"] = rng.choice([50, 100, 120, 200, 255])
            if kind in ("bool", "int") and rng.random() < 0.6:
                opts["nullable"] = False
                opts["default"] = True
            if rng.random() < 0.05:
                opts["comment"] = f"{name.replace('_', ' ').capitalize()} of the {m.singular.replace('_', ' ')}"
            m.columns.append((name, kind, opts))

        # __table_args__
        data_names = [c[0] for c in m.columns]
        indexable = [c[0] for c in m.columns if c[1] in ("str", "code", "short", "int", "dt", "date", "enum", "bool")]
        if len(indexable) >= 2 and rng.random() < 0.3:
            a, b = rng.sample(indexable, 2)
            name = f"ix_{m.table}_{a}_{b}"
            if len(name) > 63:
                name = f"ix_{m.table}_{len(m.indexes) + 1}"[:63]
            m.indexes.append((name, [a, b]))
        fk_cols = [fk.column for fk in m.fks]
        if fk_cols and indexable and rng.random() < 0.2:
            m.uniques.append([fk_cols[0], rng.choice(indexable)])
        for name, kind, opts in m.columns:
            if name in NON_NEGATIVE and rng.random() < 0.5:
                m.checks.append((f"{name} >= 0", f"{name}_non_negative"))
        if "starts_at" in data_names and "ends_at" in data_names:
            m.checks.append(("ends_at IS NULL OR ends_at > starts_at", "ends_after_start"))
        str_cols = [c[0] for c in m.columns if c[1] in ("email", "code") and not c[2].get("unique")]
        if str_cols and rng.random() < 0.1:
            col = str_cols[0]
            m.expr_index = (f"ix_{m.table}_lower_{col}"[:63], col)
        if rng.random() < 0.05:
            m.table_comment = f"{m.cls} records of the {m.module.domain.lower()} domain"

        # methods
        m.methods = ["repr"]
        m.methods += [meth for meth, p in (("display", 0.5), ("to_dict", 0.4),
                                           ("finder", 0.25), ("touch", 0.2),
                                           ("expired", 0.3), ("validate", 0.1))
                      if rng.random() < p]
        if "validate" in m.methods and not any(
                c[0] in ("name", "title", "label", "code", "slug", "reference", "email")
                for c in m.columns):
            m.methods.remove("validate")

    def _pick_target(self, m):
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            return self.models[rng.randrange(2)]  # users, organizations
        same = [x for x in m.module.models if x is not m]
        if same and r < 0.65:
            return rng.choice(same[-20:])
        first = max(0, m.module.index - 8)
        mods = self.modules[first:m.module.index + 1]
        cands = [x for mod in mods for x in mod.models if x is not m]
        return rng.choice(cands)

    def plan_m2m(self):
        """Association tables: a model links to an earlier model."""
        rng = self.rng
        for m in self.models[2:]:
            if rng.random() >= 0.08:
                continue
            target = self._pick_target(m)
            if target.index < 2 or any(t is target for _, t, _, _ in m.m2m):
                continue
            tail = plural(snake(re.findall(r"[A-Z][a-z]*", target.cls)[-1]))
            name = f"{m.singular}_{tail}"
            k = 2
            while name in self.table_names or len(name) > 60:
                name = f"{m.table[:40]}_links_{k}"
                k += 1
            self.table_names.add(name)
            attr = f"linked_{target.table}"
            back = f"linked_{m.table}"
            ca, cb = f"{m.singular}_id", f"{target.singular}_id"
            m.module.assoc.append((name, m, target, ca, cb))
            m.m2m.append((name, target, attr, back))


# --------------------------------------------------------------------- render

class Writer:
    def __init__(self):
        self.lines = []

    def __call__(self, text=""):
        self.lines.extend(text.split("\n") if text else [""])

    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"


def enum_member(values):
    return values[0].upper()


def render_base(style):
    w = Writer()
    if style == "1.4":
        w('"""Declarative base, naming convention and the mixins every model module uses."""')
        w("from datetime import datetime")
        w("")
        w("from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, func")
        w("from sqlalchemy.orm import declarative_base, declared_attr")
        w("")
        w(NAMING_CONVENTION)
        w("metadata = MetaData(naming_convention=NAMING_CONVENTION)")
        w("Base = declarative_base(metadata=metadata)")
        w("")
        w("")
        w('''class TimestampMixin:
    """Creation and update times, set by the database."""

    created_at = Column(DateTime, nullable=False, server_default=func.now())
    updated_at = Column(DateTime, onupdate=func.now())


class SoftDeleteMixin:
    """Rows are flagged, not deleted."""

    deleted_at = Column(DateTime, nullable=True)

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    def soft_delete(self, when=None):
        """Flag the row as deleted (now, unless `when` is given)."""
        self.deleted_at = when or datetime.utcnow()


class AuditMixin:
    """Who created the row."""

    @declared_attr
    def created_by_id(cls):
        return Column(Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True)


class TableNameMixin:
    """Names the table after the class: `DailyInvoice` -> `dailyinvoices`."""

    @declared_attr
    def __tablename__(cls):
        return cls.__name__.lower() + "s"''')
    else:
        w('"""Declarative base, naming convention and the mixins every model module uses."""')
        w("from datetime import datetime")
        w("from typing import Optional")
        w("")
        w("from sqlalchemy import ForeignKey, MetaData, func")
        w("from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column")
        w("")
        w("from .types import TYPE_ANNOTATION_MAP, timestamp")
        w("")
        w(NAMING_CONVENTION)
        w("")
        w('''class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = TYPE_ANNOTATION_MAP


class TimestampMixin:
    """Creation and update times, set by the database."""

    created_at: Mapped[timestamp]
    updated_at: Mapped[Optional[datetime]] = mapped_column(onupdate=func.now())


class SoftDeleteMixin:
    """Rows are flagged, not deleted."""

    deleted_at: Mapped[Optional[datetime]]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def soft_delete(self, when: Optional[datetime] = None) -> None:
        """Flag the row as deleted (now, unless `when` is given)."""
        self.deleted_at = when or datetime.utcnow()


class AuditMixin:
    """Who created the row."""

    @declared_attr
    def created_by_id(cls) -> Mapped[Optional[int]]:
        return mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class TableNameMixin:
    """Names the table after the class: `DailyInvoice` -> `dailyinvoices`."""

    @declared_attr.directive
    def __tablename__(cls) -> str:
        return cls.__name__.lower() + "s"''')
    return w.text()


def render_enums():
    w = Writer()
    w('"""Enumerations shared by the model modules."""')
    w("import enum")
    for name, values in ENUMS:
        w("")
        w("")
        w(f"class {name}(str, enum.Enum):")
        for v in values:
            w(f'    {v.upper()} = "{v}"')
    return w.text()


def render_types():
    w = Writer()
    w('"""Annotated column types and the type_annotation_map of the base."""')
    w('''import datetime
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import JSON, BigInteger, DateTime, Numeric, String, func
from sqlalchemy.orm import mapped_column

intpk = Annotated[int, mapped_column(primary_key=True)]
bigintpk = Annotated[int, mapped_column(BigInteger, primary_key=True)]
timestamp = Annotated[
    datetime.datetime,
    mapped_column(nullable=False, server_default=func.now()),
]
str50 = Annotated[str, 50]
str255 = Annotated[str, 255]
code32 = Annotated[str, mapped_column(String(32), nullable=False)]
money = Annotated[Decimal, mapped_column(Numeric(12, 2))]

TYPE_ANNOTATION_MAP = {
    str: String(200),
    str50: String(50),
    str255: String(255),
    datetime.datetime: DateTime(timezone=True),
    dict[str, Any]: JSON,
    Decimal: Numeric(12, 4),
}''')
    return w.text()


class ModuleRenderer:
    def __init__(self, plan, module, style, package):
        self.plan, self.module, self.style, self.package = plan, module, style, package
        self.sa = set()        # names from sqlalchemy
        self.orm = set()       # names from sqlalchemy.orm
        self.enums = set()
        self.types = set()
        self.mixins = set()
        self.imports = {}      # module name -> set of class names (earlier modules)
        self.typing = set()
        self.checking = {}     # TYPE_CHECKING imports (2.0)
        self.stdlib = set()
        self.body = Writer()

    # -- columns --------------------------------------------------------

    def col14(self, name, kind, opts):
        args, kw = [], []
        t = {
            "str": lambda: f"String({opts.get('length', 100)})",
            "code": lambda: "String(MAX_CODE_LENGTH)",
            "email": lambda: "String(320)",
            "short": lambda: "String(16)",
            "long": lambda: "String(2048)",
            "text": lambda: "Text",
            "int": lambda: "Integer",
            "bigint": lambda: "BigInteger",
            "money": lambda: "Numeric(12, 2)",
            "rate": lambda: "Numeric(8, 4)",
            "bool": lambda: "Boolean",
            "dt": lambda: "DateTime(timezone=True)",
            "date": lambda: "Date",
            "json": lambda: "JSON",
            "float": lambda: "Float",
            "enum": lambda: f"Enum({opts['enum'][0]}, name=\"{snake(opts['enum'][0])}\")",
        }[kind]()
        for n in re.findall(r"^[A-Za-z]+", t):
            self.sa.add(n)
        if kind == "enum":
            self.enums.add(opts["enum"][0])
        args.append(t)
        if opts.get("unique"):
            kw.append("unique=True")
        if opts.get("index"):
            kw.append("index=True")
        kw.append(f"nullable={bool(opts['nullable'])}")
        if opts.get("default"):
            if kind == "bool":
                kw.append(f"default={name != 'is_default'}")
                self.sa.add("true" if name != "is_default" else "false")
                kw.append(f"server_default={'true' if name != 'is_default' else 'false'}()")
            elif kind == "int":
                kw.append("default=0")
                kw.append('server_default="0"')
        elif kind == "enum" and not opts["nullable"]:
            kw.append(f"default={opts['enum'][0]}.{enum_member(opts['enum'][1])}")
        elif kind == "json":
            kw.append("default=dict")
        if "comment" in opts:
            kw.append(f'comment="{opts["comment"]}"')
        return f"{name} = Column({', '.join(args + kw)})"

    def col20(self, name, kind, opts):
        nullable = opts["nullable"]
        py = {
            "str": "str", "code": "str", "email": "str", "short": "str",
            "long": "str", "text": "str", "int": "int", "bigint": "int",
            "money": "money", "rate": "Decimal", "bool": "bool",
            "dt": "datetime", "date": "date", "json": "dict[str, Any]",
            "float": "float", "enum": opts.get("enum", ("",))[0],
        }[kind]
        typ = None
        kw = []
        if kind == "str":
            length = opts.get("length", 100)
            if length == 50:
                py = "str50"
                self.types.add("str50")
            elif length == 255:
                py = "str255"
                self.types.add("str255")
            elif length != 200:
                typ = f"String({length})"
        elif kind == "code":
            if not nullable and not opts.get("unique") and not opts.get("index"):
                py = "code32"
                self.types.add("code32")
            else:
                typ = "String(MAX_CODE_LENGTH)"
        elif kind == "email":
            typ = "String(320)"
        elif kind == "short":
            typ = "String(16)"
        elif kind == "long":
            typ = "String(2048)"
        elif kind == "text":
            typ = "Text"
        elif kind == "bigint":
            typ = "BigInteger"
        elif kind == "money":
            self.types.add("money")
        elif kind == "rate":
            typ = "Numeric(8, 4)"
            self.stdlib.add("Decimal")
        elif kind == "dt":
            self.stdlib.add("datetime")
        elif kind == "date":
            self.stdlib.add("date")
        elif kind == "json":
            self.typing.add("Any")
        elif kind == "enum":
            self.enums.add(py)
            typ = f"Enum({py}, name=\"{snake(py)}\")"
        if typ:
            for n in re.findall(r"^[A-Za-z]+", typ):
                self.sa.add(n)
        if opts.get("unique"):
            kw.append("unique=True")
        if opts.get("index"):
            kw.append("index=True")
        if opts.get("default"):
            if kind == "bool":
                val = name != "is_default"
                self.sa.add("true" if val else "false")
                kw.append(f"default={val}")
                kw.append(f"server_default={'true' if val else 'false'}()")
            elif kind == "int":
                kw.append("default=0")
                kw.append('server_default="0"')
        elif kind == "enum" and not nullable:
            kw.append(f"default={py}.{enum_member(opts['enum'][1])}")
        elif kind == "json":
            kw.append("default=dict")
        if "comment" in opts:
            kw.append(f'comment="{opts["comment"]}"')
        ann = py
        if nullable:
            self.typing.add("Optional")
            ann = f"Optional[{py}]"
        if typ is None and not kw:
            return f"{name}: Mapped[{ann}]"
        self.orm.add("mapped_column")
        return f"{name}: Mapped[{ann}] = mapped_column({', '.join(([typ] if typ else []) + kw)})"

    def fk_column(self, m, fk):
        t = fk.target
        if fk.by_class:
            self.imports.setdefault(t.module.name, set()).add(t.cls)
            ref = f"{t.cls}.id"
        else:
            ref = f'"{t.table}.id"'
        fkargs = [ref] + ([f'ondelete="{fk.ondelete}"'] if fk.ondelete else [])
        self.sa.add("ForeignKey")
        fkexpr = f"ForeignKey({', '.join(fkargs)})"
        kw = []
        if fk.index:
            kw.append("index=True")
        if self.style == "1.4":
            self.sa.add("Column")
            typ = "BigInteger" if t.pk_type == "bigint" else "Integer"
            self.sa.add(typ)
            kw.append(f"nullable={fk.nullable}")
            return f"{fk.column} = Column({', '.join([typ, fkexpr] + kw)})"
        self.orm.add("mapped_column")
        ann = "int"
        if fk.nullable:
            self.typing.add("Optional")
            ann = "Optional[int]"
        return f"{fk.column}: Mapped[{ann}] = mapped_column({', '.join([fkexpr] + kw)})"

    def relationship(self, m, fk):
        t = fk.target
        self.orm.add("relationship")
        target = t.cls if fk.by_class else f'"{t.cls}"'
        args = []
        # more than one FK path to the target (the audit mixin adds one to users)
        paths = sum(1 for f in m.fks if f.target is t)
        paths += t.index == 0 and "AuditMixin" in m.mixins
        many_fk = paths > 1
        if many_fk:
            args.append(f"foreign_keys=[{fk.column}]")
        if fk.relationship == "back_populates":
            args.append(f'back_populates="{fk.back_name}"')
        elif fk.relationship == "backref":
            args.append(f'backref="{fk.back_name}"')
        elif fk.relationship == "backref_call":
            self.orm.add("backref")
            args.append(f'backref=backref("{fk.back_name}", lazy="dynamic")')
        if self.style == "1.4":
            return f"{fk.rel_name} = relationship({', '.join([target] + args)})"
        if t.module is not m.module and not fk.by_class:
            self.checking.setdefault(t.module.name, set()).add(t.cls)
        ann = t.cls
        if fk.nullable:
            self.typing.add("Optional")
            ann = f"Optional[{t.cls}]"
        if fk.by_class:
            return f"{fk.rel_name}: Mapped[{ann}] = relationship({', '.join([target] + args)})"
        return f"{fk.rel_name}: Mapped[{ann}] = relationship({', '.join(args)})"

    # -- classes --------------------------------------------------------

    def render_model(self, m):
        w = self.body
        pk = m.pk_type
        st = self.style
        bases = [x for x in m.mixins if x != "TableNameMixin"]
        if m.tablename_mixin:
            bases.insert(0, "TableNameMixin")
        self.mixins.update(bases)
        w("")
        w("")
        w(f"class {m.cls}({', '.join(bases + ['Base'])}):")
        words = " ".join(re.findall(r"[A-Z][a-z]*", m.cls)).lower()
        article = "an" if words[0] in "aeiou" else "a"
        w(f'    """{article.capitalize()} {words} of the {m.module.domain.lower()} domain."""')
        w("")
        if not m.tablename_mixin:
            w(f'    __tablename__ = "{m.table}"')
        targs = []
        for name, cols in m.indexes:
            self.sa.add("Index")
            targs.append(f'Index("{name}", {", ".join(repr(c).replace(chr(39), chr(34)) for c in cols)})')
        for cols in m.uniques:
            self.sa.add("UniqueConstraint")
            targs.append(f'UniqueConstraint({", ".join(chr(34) + c + chr(34) for c in cols)})')
        for sql, name in m.checks:
            self.sa.add("CheckConstraint")
            targs.append(f'CheckConstraint("{sql}", name="{name}")')
        if m.table_comment:
            targs.append(f'{{"comment": "{m.table_comment}"}}')
        if targs:
            if len(targs) == 1 and not targs[0].startswith("{"):
                w(f"    __table_args__ = ({targs[0]},)")
            elif len(targs) == 1:
                w(f"    __table_args__ = {targs[0]}")
            else:
                w("    __table_args__ = (")
                for t in targs:
                    w(f"        {t},")
                w("    )")
        if not m.tablename_mixin or targs:
            w("")
        # primary key
        if st == "1.4":
            typ = "BigInteger" if pk == "bigint" else "Integer"
            self.sa.update(("Column", typ))
            w(f"    id = Column({typ}, primary_key=True)")
        else:
            alias = "bigintpk" if pk == "bigint" else "intpk"
            self.types.add(alias)
            w(f"    id: Mapped[{alias}]")
        for fk in m.fks:
            w(f"    {self.fk_column(m, fk)}")
        if m.self_ref:
            typ = "BigInteger" if pk == "bigint" else "Integer"
            self.sa.add("ForeignKey")
            if st == "1.4":
                self.sa.add(typ)
                w(f'    parent_id = Column({typ}, ForeignKey("{m.table}.id", ondelete="CASCADE"), nullable=True)')
            else:
                self.typing.add("Optional")
                w(f'    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("{m.table}.id", ondelete="CASCADE"))')
        for name, kind, opts in m.columns:
            w(f"    {self.col14(name, kind, opts) if st == '1.4' else self.col20(name, kind, opts)}")
        # relationships
        rels = [fk for fk in m.fks if fk.relationship]
        if rels or m.self_ref or m.m2m or m.back_rels:
            w("")
        for fk in rels:
            w(f"    {self.relationship(m, fk)}")
        if m.self_ref:
            self.orm.add("relationship")
            if st == "1.4":
                self.orm.add("backref")
                w(f'    parent = relationship("{m.cls}", remote_side=[id], backref=backref("children", cascade="all, delete-orphan"))')
            else:
                self.typing.add("Optional")
                w(f'    parent: Mapped[Optional[{m.cls}]] = relationship(back_populates="children", remote_side="{m.cls}.id")')
                w(f'    children: Mapped[list[{m.cls}]] = relationship(back_populates="parent", cascade="all, delete-orphan")')
        for assoc, target, attr, back in m.m2m:
            self.orm.add("relationship")
            if st == "1.4":
                w(f'    {attr} = relationship("{target.cls}", secondary={assoc}, backref="{back}")')
            else:
                if target.module is not m.module:
                    self.checking.setdefault(target.module.name, set()).add(target.cls)
                w(f'    {attr}: Mapped[list[{target.cls}]] = relationship(secondary={assoc}, backref="{back}")')
        for attr, child, back in m.back_rels:
            self.orm.add("relationship")
            many = sum(1 for f in child.fks if f.target is m) > 1
            fkarg = f', foreign_keys="{child.cls}.{next(f.column for f in child.fks if f.rel_name == back)}"' if many else ""
            if st == "1.4":
                w(f'    {attr} = relationship("{child.cls}", back_populates="{back}"{fkarg})')
            else:
                if child.module is not m.module:
                    self.checking.setdefault(child.module.name, set()).add(child.cls)
                w(f'    {attr}: Mapped[list[{child.cls}]] = relationship(back_populates="{back}"{fkarg})')
        self.render_methods(m)
        if m.expr_index:
            name, col = m.expr_index
            self.sa.update(("Index", "func"))
            w("")
            w("")
            w(f'Index("{name}", func.lower({m.cls}.{col}))')

    def render_methods(self, m):
        w = self.body
        st = self.style
        cols = [c[0] for c in m.columns]
        label = next((c for c in ("name", "title", "label", "code", "slug", "reference", "email") if c in cols), None)
        for meth in m.methods:
            w("")
            if meth == "repr":
                shown = ", ".join(f"{c}={{self.{c}!r}}" for c in (["id"] + ([label] if label else [])))
                ann = " -> str" if st == "2.0" else ""
                w(f"    def __repr__(self){ann}:")
                w(f'        return f"<{m.cls} {shown}>"')
            elif meth == "display":
                w("    @property")
                w(f"    def display_name(self){' -> str' if st == '2.0' else ''}:")
                w('        """The name shown in lists and admin pages."""')
                if label:
                    w(f"        if self.{label}:")
                    w(f"            return str(self.{label})")
                w(f'        return f"{m.cls} #{{self.id}}"')
            elif meth == "to_dict":
                if st == "2.0":
                    self.typing.add("Any")
                    w("    def to_dict(self) -> dict[str, Any]:")
                else:
                    w("    def to_dict(self):")
                w('        """A JSON-ready dict of the column values."""')
                w("        data = {")
                w('            "id": self.id,')
                for fk in m.fks:
                    w(f'            "{fk.column}": self.{fk.column},')
                for c, kind, _ in m.columns[:6]:
                    if kind in ("dt", "date"):
                        w(f'            "{c}": self.{c}.isoformat() if self.{c} else None,')
                    elif kind in ("money", "rate"):
                        w(f'            "{c}": str(self.{c}) if self.{c} is not None else None,')
                    elif kind == "enum":
                        w(f'            "{c}": self.{c}.value if self.{c} else None,')
                    else:
                        w(f'            "{c}": self.{c},')
                w("        }")
                if "TimestampMixin" in m.mixins:
                    w('        data["created_at"] = self.created_at.isoformat() if self.created_at else None')
                w("        return data")
            elif meth == "finder":
                key = label or "id"
                w("    @classmethod")
                if st == "1.4":
                    w(f"    def find_by_{key}(cls, session, {key}):")
                    w(f'        """The {m.singular.replace("_", " ")} with this {key}, or None."""')
                    w(f"        return session.query(cls).filter(cls.{key} == {key}).one_or_none()")
                else:
                    self.sa.add("select")
                    self.orm.add("Session")
                    w(f"    def find_by_{key}(cls, session: Session, {key}: Any) -> Optional[{m.cls}]:")
                    self.typing.update(("Any", "Optional"))
                    w(f'        """The {m.singular.replace("_", " ")} with this {key}, or None."""')
                    w(f"        return session.scalars(select(cls).where(cls.{key} == {key})).one_or_none()")
            elif meth == "touch":
                num = next((c for c, k, _ in m.columns if k == "int"), None)
                w(f"    def touch(self){' -> None' if st == '2.0' else ''}:")
                w('        """Mark the row as changed so that the next flush updates it."""')
                if num:
                    w(f"        self.{num} = (self.{num} or 0) + 1")
                if "TimestampMixin" in m.mixins:
                    self.stdlib.add("datetime")
                    w("        self.updated_at = datetime.utcnow()")
                elif not num:
                    w("        pass")
            elif meth == "expired":
                when = next((c for c, k, _ in m.columns if k == "dt"), None)
                self.stdlib.add("datetime")
                if st == "2.0":
                    self.typing.add("Optional")
                    w("    def is_expired(self, now: Optional[datetime] = None) -> bool:")
                else:
                    w("    def is_expired(self, now=None):")
                w('        """Whether the row is past its validity at `now` (default: the current time)."""')
                w("        now = now or datetime.utcnow()")
                if when:
                    w(f"        return self.{when} is not None and self.{when} < now")
                else:
                    w("        return False")
            elif meth == "validate":
                col = label or "id"
                self.orm.add("validates")
                w(f'    @validates("{col}")')
                w(f"    def _validate_{col}(self, key, value):")
                w('        """Reject blank values."""')
                w('        if value is not None and not str(value).strip():')
                w(f'            raise ValueError(f"{m.cls}.{{key}} must not be blank")')
                w("        return value")

    def render(self):
        mod = self.module
        st = self.style
        # association tables before the classes that use them
        assoc_w = Writer()
        for name, child, target, ca, cb in mod.assoc:
            self.sa.update(("Table", "Column", "ForeignKey"))
            assoc_w("")
            assoc_w(f"{name} = Table(")
            assoc_w(f'    "{name}",')
            assoc_w("    Base.metadata,")
            assoc_w(f'    Column("{ca}", ForeignKey("{child.table}.id", ondelete="CASCADE"), primary_key=True),')
            assoc_w(f'    Column("{cb}", ForeignKey("{target.table}.id", ondelete="CASCADE"), primary_key=True),')
            if st == "1.4":
                self.sa.add("DateTime")
                assoc_w('    Column("linked_at", DateTime, server_default=func.now()),')
            else:
                self.sa.add("DateTime")
                assoc_w('    Column("linked_at", DateTime(timezone=True), server_default=func.now()),')
            self.sa.add("func")
            assoc_w(")")
        for m in mod.models:
            self.render_model(m)

        w = Writer()
        w(f'"""{mod.domain} models ({mod.models[0].cls} .. {mod.models[-1].cls})."""')
        if st == "2.0":
            w("from __future__ import annotations")
            w("")
        std = []
        if "datetime" in self.stdlib or "date" in self.stdlib:
            names = sorted(x for x in self.stdlib if x in ("date", "datetime"))
            std.append(f"from datetime import {', '.join(names)}")
        if "Decimal" in self.stdlib:
            std.append("from decimal import Decimal")
        if st == "2.0":
            typ = sorted(self.typing | ({"TYPE_CHECKING"} if self.checking else set()),
                         key=lambda s: (not s.isupper(), s))
            if typ:
                std.append(f"from typing import {', '.join(typ)}")
        w("import logging")
        for line in std:
            w(line)
        w("")
        self.sa.discard("")
        sa = sorted(self.sa, key=lambda s: (s[0].islower(), s))
        w(wrap_import("sqlalchemy", sa))
        orm = set(self.orm)
        if st == "2.0":
            orm.add("Mapped")
        if orm:
            w(wrap_import("sqlalchemy.orm", sorted(orm, key=lambda s: (s[0].islower(), s))))
        w("")
        w(wrap_import(".base", sorted(["Base"] + list(self.mixins))))
        if self.enums:
            w(wrap_import(".enums", sorted(self.enums)))
        if self.types:
            w(wrap_import(".types", sorted(self.types)))
        for name in sorted(self.imports, key=lambda n: self.plan_index(n)):
            w(wrap_import(f".{name}", sorted(self.imports[name])))
        if self.checking:
            w("")
            w("if TYPE_CHECKING:")
            for name in sorted(self.checking, key=lambda n: self.plan_index(n)):
                names = sorted(self.checking[name] - self.imports.get(name, set()))
                if names:
                    w("    " + wrap_import(f".{name}", names).replace("\n", "\n    "))
        w("")
        w("logger = logging.getLogger(__name__)")
        w("")
        w("MAX_CODE_LENGTH = 32")
        if mod.assoc:
            w("")
            w("# association tables")
            w(assoc_w.text().rstrip("\n"))
        out = w.text() + self.body.text()
        return out

    def plan_index(self, name):
        return next(m.index for m in self.plan.modules if m.name == name)


def wrap_import(module, names):
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= 99:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def render_init(plan, style):
    w = Writer()
    w('"""Generated model package: importing it maps every model on Base.metadata."""')
    w("")
    w("from .base import Base")
    w("from . import (")
    for mod in plan.modules:
        w(f"    {mod.name},")
    w(")")
    w("")
    w("metadata = Base.metadata")
    w("")
    w('__all__ = ["Base", "metadata"]')
    return w.text()


def generate(out, n, style, seed=0, per_module=50, package="benchmodels"):
    plan = Plan(n, per_module, seed)
    plan.plan_m2m()
    root = os.path.join(out, package)
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    files = {"__init__.py": render_init(plan, style),
             "base.py": render_base(style),
             "enums.py": render_enums()}
    if style == "2.0":
        files["types.py"] = render_types()
    for mod in plan.modules:
        files[mod.name + ".py"] = ModuleRenderer(plan, mod, style, package).render()
    nlines = nbytes = 0
    for name, text in files.items():
        data = text.encode()
        with open(os.path.join(root, name), "wb") as f:
            f.write(data)
        nlines += text.count("\n")
        nbytes += len(data)
    nassoc = sum(len(m.assoc) for m in plan.modules)
    return {"models": n, "association_tables": nassoc, "tables": n + nassoc,
            "modules": len(plan.modules), "files": len(files),
            "lines": nlines, "bytes": nbytes, "package": package, "root": root}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--models", "-n", type=int, required=True)
    ap.add_argument("--style", choices=("1.4", "2.0"), default="2.0")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-module", type=int, default=50)
    ap.add_argument("--package", default="benchmodels")
    args = ap.parse_args()
    if args.models < 2:
        ap.error("--models must be at least 2")
    info = generate(args.outdir, args.models, args.style, args.seed,
                    args.per_module, args.package)
    print(f"{info['root']}: {info['models']} models, {info['association_tables']} "
          f"association tables ({info['tables']} tables) in {info['modules']} modules, "
          f"{info['lines']} lines, {info['bytes']} bytes")


if __name__ == "__main__":
    sys.exit(main())
