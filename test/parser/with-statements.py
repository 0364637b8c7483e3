# with statements: single and multiple items, 'as' targets of every kind,
# the parenthesised multi-item form (with and without trailing comma),
# parenthesised expressions that are not item lists, multi-line items.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
with a: pass
# CHECK: {{^}}Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])
with a as b: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])
with a as b, c as d: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])
with a, b as c, d: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()))], body=[Pass()])
with f() as x.y, g() as z[0]: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]), optional_vars=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store())), withitem(context_expr=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]), optional_vars=Subscript(value=Name(id='z', ctx=Load()), slice=Constant(value=0), ctx=Store()))], body=[Pass()])
with a as (b, c): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])
with a as [b, c]: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=List(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])
with (a as b, c as d): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])
with (a as b, c as d,): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])
with (a, b as c): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
with (a as b, c): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])
with (a, b as c,): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
with (
    open(a) as f,
    open(b) as g,
):
    pass
# CHECK-SAME: , With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])
with (a, b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])
with (a, b,): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])
with ((a, b)): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])
with (a): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])
with ( a ) : pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])
with (a) as b: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])
with (a) as b, (c) as d: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])
with (a), b: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])
with a, (b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])
with (a), (b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])
with (a, b) as c: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
with (a, b) as (c, d): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store()))], body=[Pass()])
with (a)(b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Call(func=Name(id='a', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]))], body=[Pass()])
with (a).b as c: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
with (a, b)[0] as c: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Subscript(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), slice=Constant(value=0), ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
with (a) + b as c: pass
# CHECK-SAME: , With(items=[withitem(context_expr=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
with (a) if b else c: pass
# CHECK-SAME: , With(items=[withitem(context_expr=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], body=[Pass()])
with (a, b) if c else d: pass
# CHECK-SAME: , With(items=[withitem(context_expr=IfExp(test=Name(id='c', ctx=Load()), body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), orelse=Name(id='d', ctx=Load())))], body=[Pass()])
with (lambda: a)(): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())), args=[], keywords=[]))], body=[Pass()])
with (yield): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Yield())], body=[Pass()])
with (yield x) as y: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Yield(value=Name(id='x', ctx=Load())), optional_vars=Name(id='y', ctx=Store()))], body=[Pass()])
with (a := 1): pass
# CHECK-SAME: , With(items=[withitem(context_expr=NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1)))], body=[Pass()])
with (a := b) as c: pass
# CHECK-SAME: , With(items=[withitem(context_expr=NamedExpr(target=Name(id='a', ctx=Store()), value=Name(id='b', ctx=Load())), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
with (a, *b) as c: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])
# Parenthesised, but no list of with-items: one expression, as in CPython.
with (a, *b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], body=[Pass()])
with (*a, b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])
with (*a,): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], body=[Pass()])
with (a for b in c): pass
# CHECK-SAME: , With(items=[withitem(context_expr=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], body=[Pass()])
with (): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[], ctx=Load()))], body=[Pass()])
with (a := 1, b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Tuple(elts=[NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1)), Name(id='b', ctx=Load())], ctx=Load()))], body=[Pass()])
async def f():
    async with (a, *b): pass
# CHECK-SAME: , AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], body=[Pass()])], decorator_list=[])
# A starred target is the compiler's error, not the parser's.
with a as *b: pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Starred(value=Name(id='b', ctx=Store()), ctx=Store()))], body=[Pass()])
with (a as *b): pass
# CHECK-SAME: , With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Starred(value=Name(id='b', ctx=Store()), ctx=Store()))], body=[Pass()])
# CHECK-SAME: ], type_ignores=[]){{$}}
