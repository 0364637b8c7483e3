# An argument that a library's type computes from a value the analysis
# cannot know is reported at the column that uses the type: here
# SQLAlchemy-Utils' PasswordType, whose length on MySQL comes from its
# passlib schemes.
# RUN: %schemac schema --dialect=mysql --format=json %s 2>%t.err | %python -c "import json,sys; print([(c['name'], c['type']) for t in json.load(sys.stdin)['tables'] for c in t['columns']])" | FileCheck %s
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# CHECK: [('id', 'INTEGER'), ('known', 'VARBINARY(1137)'), ('configured', 'VARBINARY')]
# DIAG: library-type-unknown-argument.py:[[@LINE+14]]:5: warning: argument 'length' of type {{[A-Z]+}} cannot be evaluated
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base
from sqlalchemy_utils import PasswordType

import settings_not_in_project as settings

Base = declarative_base()


class Login(Base):
    __tablename__ = "logins"
    id = sa.Column(sa.Integer, primary_key=True)
    known = sa.Column(PasswordType(schemes=["pbkdf2_sha512"]))
    configured = sa.Column(
        PasswordType(onload=lambda **kw: dict(schemes=settings.SCHEMES, **kw))
    )
