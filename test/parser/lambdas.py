# Lambda expressions: every parameter kind, defaults, trailing commas, nested
# lambdas, lambdas as defaults, in conditional expressions and as callees.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
lambda: 0
# CHECK: {{^}}Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))
lambda x: x
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load())))
lambda x, y=1, /, z=2, *a, k, w=3, **kw: 0
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x'), arg(arg='y')], args=[arg(arg='z')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='k'), arg(arg='w')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=Constant(value=0)))
lambda a=1, /, b=2: 0
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=Constant(value=0)))
lambda a, /: a
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))
lambda *, k: k
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=Name(id='k', ctx=Load())))
lambda *a, **k: (a, k)
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='k', ctx=Load())], ctx=Load())))
lambda a,: 0
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))
lambda *a,: 0
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))
lambda **k,: 0
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))
lambda a, *, b,: 0
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))
lambda x=lambda y: y: x
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='y')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='y', ctx=Load()))]), body=Name(id='x', ctx=Load())))
f = lambda: (yield)
# CHECK-SAME: , Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))
x = lambda: lambda: a
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load()))))
x = lambda a: lambda b: a + b
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())))))
x = (lambda: a)()
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())), args=[], keywords=[]))
x = lambda: x if y else z
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load()))))
x = a if b else lambda: c
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))
lambda x=(yield): 0
# CHECK-SAME: , Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Yield()]), body=Constant(value=0)))
# CHECK-SAME: ], type_ignores=[]){{$}}
