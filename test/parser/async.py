# Coroutines: async def, await (and its precedence against ** and unary
# minus), async for/else, async with (including the parenthesised form),
# async comprehensions of every kind, nested async functions.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    return await f()
# CHECK: {{^}}Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), Return(value=Await(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])))], decorator_list=[])
async def g():
    [x async for x in y]
    {x async for x in y}
    {k: v async for k, v in y}
    (x async for x in y)
    [a async for b in c async for d in e]
    [await a for b in c]
    await x ** 2
    -await x
    await x.y
    await x[1]
    await x()
    x = await a ** b
# CHECK-SAME: , AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)])), Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=1), comprehension(target=Name(id='d', ctx=Store()), iter=Name(id='e', ctx=Load()), ifs=[], is_async=1)])), Expr(value=ListComp(elt=Await(value=Name(id='a', ctx=Load())), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)])), Expr(value=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2))), Expr(value=UnaryOp(op=USub(), operand=Await(value=Name(id='x', ctx=Load())))), Expr(value=Await(value=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Load()))), Expr(value=Await(value=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=1), ctx=Load()))), Expr(value=Await(value=Call(func=Name(id='x', ctx=Load()), args=[], keywords=[]))), Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Await(value=Name(id='a', ctx=Load())), op=Pow(), right=Name(id='b', ctx=Load())))], decorator_list=[])
@dec
async def h(a, /, *b, c, **d) -> int:
    async with a:
        async for b in c:
            await d
# CHECK-SAME: , AsyncFunctionDef(name='h', args=arguments(posonlyargs=[arg(arg='a')], args=[], vararg=arg(arg='b'), kwonlyargs=[arg(arg='c')], kw_defaults=[None], kwarg=arg(arg='d'), defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[AsyncFor(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Expr(value=Await(value=Name(id='d', ctx=Load())))], orelse=[])])], decorator_list=[Name(id='dec', ctx=Load())], returns=Name(id='int', ctx=Load()))
def outer():
    async def inner(): pass
# CHECK-SAME: , FunctionDef(name='outer', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFunctionDef(name='inner', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])
await x
# CHECK-SAME: , Expr(value=Await(value=Name(id='x', ctx=Load())))
[x async for x in y]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))
# CHECK-SAME: ], type_ignores=[]){{$}}
