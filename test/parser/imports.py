# Import statements: plain, dotted, aliased, from-imports with parentheses,
# trailing commas, relative levels (including '...' lexed as one token) and *.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
import a
# CHECK: {{^}}Module(body=[Import(names=[alias(name='a')])
import a.b.c
# CHECK-SAME: , Import(names=[alias(name='a.b.c')])
import a . b
# CHECK-SAME: , Import(names=[alias(name='a.b')])
import a as b
# CHECK-SAME: , Import(names=[alias(name='a', asname='b')])
import a.b as c, d
# CHECK-SAME: , Import(names=[alias(name='a.b', asname='c'), alias(name='d')])
import a.b.c as d, e.f as g
# CHECK-SAME: , Import(names=[alias(name='a.b.c', asname='d'), alias(name='e.f', asname='g')])
from a import b
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='b')], level=0)
from a import (b, c,)
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='b'), alias(name='c')], level=0)
from a import (b)
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='b')], level=0)
from a import b as c, d as e
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d', asname='e')], level=0)
from a.b import (c as d,
                 e)
# CHECK-SAME: , ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=0)
from . import x
# CHECK-SAME: , ImportFrom(names=[alias(name='x')], level=1)
from .. import x
# CHECK-SAME: , ImportFrom(names=[alias(name='x')], level=2)
from ... import x
# CHECK-SAME: , ImportFrom(names=[alias(name='x')], level=3)
from .... import x
# CHECK-SAME: , ImportFrom(names=[alias(name='x')], level=4)
from . . import x
# CHECK-SAME: , ImportFrom(names=[alias(name='x')], level=2)
from .. . import x
# CHECK-SAME: , ImportFrom(names=[alias(name='x')], level=3)
from .import a
# CHECK-SAME: , ImportFrom(names=[alias(name='a')], level=1)
from ...import a
# CHECK-SAME: , ImportFrom(names=[alias(name='a')], level=3)
from .a.b import c
# CHECK-SAME: , ImportFrom(module='a.b', names=[alias(name='c')], level=1)
from . a import b
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='b')], level=1)
from .a import (b)
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='b')], level=1)
from ...a import *
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='*')], level=3)
from a import *
# CHECK-SAME: , ImportFrom(module='a', names=[alias(name='*')], level=0)
from __future__ import annotations
# CHECK-SAME: , ImportFrom(module='__future__', names=[alias(name='annotations')], level=0)
# CHECK-SAME: ], type_ignores=[]){{$}}
