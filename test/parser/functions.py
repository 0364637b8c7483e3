# Function definitions: every parameter kind (positional-only before '/',
# ordinary, *args, keyword-only, **kwargs), defaults in each position,
# annotations including *args: *Ts, return annotations, trailing commas,
# decorators of every expression form, docstrings.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
def f(): pass
# CHECK: {{^}}Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])
def f(a, b=1, *args, c, d=2, **kw): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])
def f(a, /, b, *, c): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])
def f(a, b=1, /, c=2, *, d, e=3, **k): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='k'), defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])
def f(a, b, /, c, d=1, *e, f, g=2, h, **i): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c'), arg(arg='d')], vararg=arg(arg='e'), kwonlyargs=[arg(arg='f'), arg(arg='g'), arg(arg='h')], kw_defaults=[None, Constant(value=2), None], kwarg=arg(arg='i'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])
def f(a=1, /): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])
def f(a, /): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])
def f(a=1, b=2, /, c=3): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2), Constant(value=3)]), body=[Pass()], decorator_list=[])
def f(a, /, b=1, *, c): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])
def f(*, a): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])
def f(*a, b=1, c): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])
def f(**k): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=[Pass()], decorator_list=[])
def f(a,): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])
def f(a, *, b,): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])
def f(a, **k,): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=[Pass()], decorator_list=[])
def f(*a,): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])
def f(a, b, /,): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])
def f(
    a,
    b,
): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])
def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> None: pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load())), arg(arg='b', annotation=Constant(value='str'))], vararg=arg(arg='args', annotation=Name(id='int', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Name(id='float', ctx=Load()))], kw_defaults=[Constant(value=1.0)], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load())), defaults=[Constant(value='x')]), body=[Pass()], decorator_list=[], returns=Constant(value=None))
def f(*args: *Ts): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])
def f() -> int: return 1
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorator_list=[], returns=Name(id='int', ctx=Load()))
@dec
def f(): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())])
@dec.attr
@dec2(1, k=2)
@a[0].b
@(lambda f: f)
@x := y
def f(): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Attribute(value=Name(id='dec', ctx=Load()), attr='attr', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[keyword(arg='k', value=Constant(value=2))]), Attribute(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Load()), attr='b', ctx=Load()), Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load())), NamedExpr(target=Name(id='x', ctx=Store()), value=Name(id='y', ctx=Load()))])
@property
def f(self): return self._f
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='_f', ctx=Load()))], decorator_list=[Name(id='property', ctx=Load())])
def f():
    """doc"""
    return 1
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value='doc')), Return(value=Constant(value=1))], decorator_list=[])
def f(x=(yield)): pass
# CHECK-SAME: , FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Yield()]), body=[Pass()], decorator_list=[])
def outer():
    def inner(a, *, b): return a
    return inner
# CHECK-SAME: , FunctionDef(name='outer', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='inner', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[]), Return(value=Name(id='inner', ctx=Load()))], decorator_list=[])
# CHECK-SAME: ], type_ignores=[]){{$}}
