# Compound statements: if/elif/else, while/else, for/else (including tuple
# and starred iterables and non-name targets), try/except/else/finally,
# bare except, nested blocks with mixed indentation widths, one-line suites.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
if a:
    pass
elif b:
    pass
elif c:
    x
else:
    y
# CHECK: {{^}}Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])])
if a: pass
else: pass
# CHECK-SAME: , If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[Pass()])
if x:pass
# CHECK-SAME: , If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])
if x:
  if y:
        pass
  else:
        z
# CHECK-SAME: , If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Expr(value=Name(id='z', ctx=Load()))])], orelse=[])
while x:
    y
else:
    z
# CHECK-SAME: , While(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[Expr(value=Name(id='z', ctx=Load()))])
while True: x; y
# CHECK-SAME: , While(test=Constant(value=True), body=[Expr(value=Name(id='x', ctx=Load())), Expr(value=Name(id='y', ctx=Load()))], orelse=[])
while chunk := f(): pass
# CHECK-SAME: , While(test=NamedExpr(target=Name(id='chunk', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])
for x in y:
    pass
else:
    pass
# CHECK-SAME: , For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])
for x, y in z: pass
# CHECK-SAME: , For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])
for x, in y: pass
# CHECK-SAME: , For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])
for (x, y) in z: pass
# CHECK-SAME: , For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])
for [x, y] in z: pass
# CHECK-SAME: , For(target=List(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])
for x.y in z: pass
# CHECK-SAME: , For(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])
for x[0] in z: pass
# CHECK-SAME: , For(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])
for x in 1, 2, 3: pass
# CHECK-SAME: , For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()), body=[Pass()], orelse=[])
for x in *a, *b: pass
# CHECK-SAME: , For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])
for x in y: break
else: continue
# CHECK-SAME: , For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Break()], orelse=[Continue()])
try:
    pass
except:
    pass
# CHECK-SAME: , Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()])], orelse=[], finalbody=[])
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except C as d:
    pass
else:
    pass
finally:
    pass
# CHECK-SAME: , Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), name='d', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])
try:
    pass
finally:
    pass
# CHECK-SAME: , Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])
try: pass
except E as e: pass
# CHECK-SAME: , Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])
# A lone starred target is the compiler's error, not the parser's.
for *a in b: pass
# CHECK-SAME: , For(target=Starred(value=Name(id='a', ctx=Store()), ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[])
# CHECK-SAME: ], type_ignores=[]){{$}}
