# try/except* (PEP 654): handlers with and without 'as', tuples of types,
# else and finally clauses.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
try:
    pass
except* E:
    pass
# CHECK: {{^}}Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])
try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass
else:
    pass
finally:
    pass
# CHECK-SAME: , TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])
try: f()
except* E as e: g(e)
# CHECK-SAME: , TryStar(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Expr(value=Call(func=Name(id='g', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[]))])], orelse=[], finalbody=[])
# CHECK-SAME: ], type_ignores=[]){{$}}
