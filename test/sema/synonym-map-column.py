# CKAN's User: synonym("_password", map_column=True) in map_imperatively's
# properties maps the column of key "password" as the attribute _password,
# which the synonym "password" then reads.
# RUN: %schemac schema --sqlalchemy=2.0 --format=json %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
import sqlalchemy as sa
from sqlalchemy.orm import registry, synonym

reg = registry()
user_table = sa.Table(
    "user",
    reg.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("password", sa.UnicodeText),
)


class User:
    def _get(self):
        return self._password

    def _set(self, v):
        self._password = v

    password = property(_get, _set)


reg.map_imperatively(User, user_table, properties={"password": synonym("_password", map_column=True)})

# CHECK: "name": "password",
# CHECK-NEXT: "attribute": "_password",
