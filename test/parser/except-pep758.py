# except and except* with several classes and no parentheses (Python 3.14,
# PEP 758), the same tree as the parenthesized tuple; with 'as' they must
# be parenthesized still (test/errors/generic-rejections.py).
# CPython 3.11 rejects these, so the CHECK lines hold its ast.dump of the
# parenthesized spelling, which PEP 758 gives the same tree.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
try:
    pass
except ValueError, TypeError:
    pass
# same AST as: except (ValueError, TypeError):
# CHECK: {{^}}Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='ValueError', ctx=Load()), Name(id='TypeError', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])
try:
    pass
except* A, B, C,:
    pass
# same AST as: except* (A, B, C,):
# CHECK-SAME: , TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])
# CHECK-SAME: ], type_ignores=[]){{$}}
