# literal(value) as a server default, a SQL default and inside a function
# or a CHECK: a bound value, rendered as a literal (a boolean as each
# dialect writes it), and a SQL expression (parenthesized on SQLite).
# Checked against SQLAlchemy 1.4.
# RUN: %schemac schema --dialect=sqlite --format=json %s 2>/dev/null | %python -c "import json,sys; t=json.load(sys.stdin)['tables'][0]; print([(c['name'], c['default'], c['server_default']) for c in t['columns']], t['check_constraints'])" | FileCheck %s --check-prefix=SQLITE
# RUN: %schemac schema --dialect=postgresql --format=json %s 2>/dev/null | %python -c "import json,sys; t=json.load(sys.stdin)['tables'][0]; print([(c['name'], c['default'], c['server_default']) for c in t['columns']], t['check_constraints'])" | FileCheck %s --check-prefix=PG
# SQLITE: [('id', None, None), ('a', None, "('x')"), ('b', None, '(5)'), ('c', None, '(1)'), ('d', None, '(coalesce(1, 2))'), ('e', {'kind': 'sql', 'value': '3'}, None)] [{'name': 'ck', 'sqltext': "a != 'y'"}]
# PG: [('id', None, None), ('a', None, "'x'"), ('b', None, '5'), ('c', None, 'true'), ('d', None, 'coalesce(1, 2)'), ('e', {'kind': 'sql', 'value': '3'}, None)] [{'name': 'ck', 'sqltext': "a != 'y'"}]
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = sa.Column(sa.Integer, primary_key=True)
    a = sa.Column(sa.String(5), server_default=sa.literal("x"))
    b = sa.Column(sa.Integer, server_default=sa.literal(5))
    c = sa.Column(sa.Boolean, server_default=sa.literal(True))
    d = sa.Column(sa.Integer, server_default=sa.func.coalesce(sa.literal(1), 2))
    e = sa.Column(sa.Integer, default=sa.literal(3))
    __table_args__ = (sa.CheckConstraint(sa.literal_column("a") != sa.literal("y"), name="ck"),)
