# Simple statements: assignment forms, augmented and annotated assignment,
# del, pass, break/continue, global/nonlocal, assert, raise, return, yield.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
x = 1
# CHECK: {{^}}Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))
a = b = c = 1
# CHECK-SAME: , Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], value=Constant(value=1))
a, b = b, a
# CHECK-SAME: , Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))
[a, *b] = c
# CHECK-SAME: , Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))
(a, b), c = d
# CHECK-SAME: , Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))
*a, b = c
# CHECK-SAME: , Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))
a, = b
# CHECK-SAME: , Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store())], ctx=Store())], value=Name(id='b', ctx=Load()))
() = x
# CHECK-SAME: , Assign(targets=[Tuple(elts=[], ctx=Store())], value=Name(id='x', ctx=Load()))
[] = x
# CHECK-SAME: , Assign(targets=[List(elts=[], ctx=Store())], value=Name(id='x', ctx=Load()))
x.y = z[1] = w
# CHECK-SAME: , Assign(targets=[Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), Subscript(value=Name(id='z', ctx=Load()), slice=Constant(value=1), ctx=Store())], value=Name(id='w', ctx=Load()))
a[1:2, 3] = 1
# CHECK-SAME: , Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ctx=Store())], value=Constant(value=1))
x = *a, *b
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))
x = y = yield z
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Yield(value=Name(id='z', ctx=Load())))
x = (yield)
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Yield())
x = 1; y = 2
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))
x = 1;
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x @= m
# CHECK-SAME: , AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))
x **= 2; x >>= 1; x <<= 1; x &= 1; x ^= 1; x |= 1
# CHECK-SAME: , AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1))
x.y += 1
# CHECK-SAME: , AugAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), op=Add(), value=Constant(value=1))
x[0] -= 1
# CHECK-SAME: , AugAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=Sub(), value=Constant(value=1))
x: int
# CHECK-SAME: , AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)
x: int = 5
# CHECK-SAME: , AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)
(x): int = 5
# CHECK-SAME: , AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=0)
x.y: int
# CHECK-SAME: , AnnAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)
x[0]: int = 1
# CHECK-SAME: , AnnAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)
x: tuple = 1, 2
# CHECK-SAME: , AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='tuple', ctx=Load()), value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), simple=1)
x: int = yield
# CHECK-SAME: , AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Yield(), simple=1)
del x
# CHECK-SAME: , Delete(targets=[Name(id='x', ctx=Del())])
del x, y[0], z.w
# CHECK-SAME: , Delete(targets=[Name(id='x', ctx=Del()), Subscript(value=Name(id='y', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='z', ctx=Load()), attr='w', ctx=Del())])
del (x, y), [z]
# CHECK-SAME: , Delete(targets=[Tuple(elts=[Name(id='x', ctx=Del()), Name(id='y', ctx=Del())], ctx=Del()), List(elts=[Name(id='z', ctx=Del())], ctx=Del())])
del (x)
# CHECK-SAME: , Delete(targets=[Name(id='x', ctx=Del())])
del a.b, a[b], a[b:c]
# CHECK-SAME: , Delete(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Del()), Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Del()), Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), ctx=Del())])
pass
# CHECK-SAME: , Pass()
while 1:
    break
    continue
# CHECK-SAME: , While(test=Constant(value=1), body=[Break(), Continue()], orelse=[])
def f():
    global a, b
    nonlocal c
    return
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b']), Nonlocal(names=['c']), Return()], decorator_list=[])
def g():
    return 1, 2
# CHECK-SAME: , FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], decorator_list=[])
def h():
    return *a, b
# CHECK-SAME: , FunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[])
def i():
    x = yield
    y = yield from z
    yield *a, b
# CHECK-SAME: , FunctionDef(name='i', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load()))), Expr(value=Yield(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], decorator_list=[])
global x
# CHECK-SAME: , Global(names=['x'])
assert x
# CHECK-SAME: , Assert(test=Name(id='x', ctx=Load()))
assert x, "msg"
# CHECK-SAME: , Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))
assert (x, y)
# CHECK-SAME: , Assert(test=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()))
raise
# CHECK-SAME: , Raise()
raise E
# CHECK-SAME: , Raise(exc=Name(id='E', ctx=Load()))
raise E from None
# CHECK-SAME: , Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None))
raise E(1) from e
# CHECK-SAME: , Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Constant(value=1)], keywords=[]), cause=Name(id='e', ctx=Load()))
print(1)
# CHECK-SAME: , Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value=1)], keywords=[]))
# A lone starred target is the compiler's error, not the parser's.
*a = b
# CHECK-SAME: , Assign(targets=[Starred(value=Name(id='a', ctx=Store()), ctx=Store())], value=Name(id='b', ctx=Load()))
# CHECK-SAME: ], type_ignores=[]){{$}}
