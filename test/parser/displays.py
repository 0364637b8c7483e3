# Displays and postfix chains: tuples, lists, sets and dicts (with '*' and
# '**' unpacking), starred expressions in calls, subscripts and slices
# (steps, omitted bounds, tuples of slices, starred indices), attribute,
# subscript and call chains, keyword and unpacking arguments, constants.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
()
# CHECK: {{^}}Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))
(1,)
# CHECK-SAME: , Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))
1,
# CHECK-SAME: , Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))
(1, 2, 3)
# CHECK-SAME: , Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))
(*a, b)
# CHECK-SAME: , Expr(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))
x = *a, 1, *b
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))
x = (*a, 1, *b)
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))
[]
# CHECK-SAME: , Expr(value=List(elts=[], ctx=Load()))
[1, 2,]
# CHECK-SAME: , Expr(value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))
[*a, *b, c]
# CHECK-SAME: , Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()))
x = [*a, 1, *b]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))
{}
# CHECK-SAME: , Expr(value=Dict(keys=[], values=[]))
{1}
# CHECK-SAME: , Expr(value=Set(elts=[Constant(value=1)]))
{*a, *b}
# CHECK-SAME: , Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())]))
{1: 2, 3: 4,}
# CHECK-SAME: , Expr(value=Dict(keys=[Constant(value=1), Constant(value=3)], values=[Constant(value=2), Constant(value=4)]))
{**a, 'b': 1, **c}
# CHECK-SAME: , Expr(value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))
{**a}
# CHECK-SAME: , Expr(value=Dict(keys=[None], values=[Name(id='a', ctx=Load())]))
x = {1: 2, **a, 3: 4}
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1), None, Constant(value=3)], values=[Constant(value=2), Name(id='a', ctx=Load()), Constant(value=4)]))
x = [
    1,
    2,
]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))
x = {
    'a': 1,  # comment
    'b': 2,
}
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='a'), Constant(value='b')], values=[Constant(value=1), Constant(value=2)]))
f(*a, *b, c, **d, **e)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], keywords=[keyword(value=Name(id='d', ctx=Load())), keyword(value=Name(id='e', ctx=Load()))]))
f(a, *b, c=1, *d, **e)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))]))
f(a=1, *b)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='a', value=Constant(value=1))]))
f(*a, b)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], keywords=[]))
print(*args, sep='')
# CHECK-SAME: , Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))
print(*a, 1, *b, x=1, **c, y=2)
# CHECK-SAME: , Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='x', value=Constant(value=1)), keyword(value=Name(id='c', ctx=Load())), keyword(arg='y', value=Constant(value=2))]))
f(**{'a': 1})
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Dict(keys=[Constant(value='a')], values=[Constant(value=1)]))]))
a[1:2]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))
a[::]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))
a[::2]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))
a[1:2:3]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))
a[:, 1:, :2, ::3]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Slice(lower=Constant(value=1)), Slice(upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))
a[1:2, 3]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ctx=Load()))
a[(1, 2)]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), ctx=Load()))
a[1,]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))
a[x:=1]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))
a[b, *c]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))
a[*b]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))
a[*b, c] = d
# CHECK-SAME: , Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()), ctx=Store())], value=Name(id='d', ctx=Load()))
x = a[b][c:d][e, f:g]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Slice(lower=Name(id='c', ctx=Load()), upper=Name(id='d', ctx=Load())), ctx=Load()), slice=Tuple(elts=[Name(id='e', ctx=Load()), Slice(lower=Name(id='f', ctx=Load()), upper=Name(id='g', ctx=Load()))], ctx=Load()), ctx=Load()))
x = a[:, None]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=None)], ctx=Load()), ctx=Load()))
x = a[..., 1]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=Ellipsis), Constant(value=1)], ctx=Load()), ctx=Load()))
x = a[-1:]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=UnaryOp(op=USub(), operand=Constant(value=1))), ctx=Load()))
x = a[lambda: 1:]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1))), ctx=Load()))
x = a[b if c else d:e]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=IfExp(test=Name(id='c', ctx=Load()), body=Name(id='b', ctx=Load()), orelse=Name(id='d', ctx=Load())), upper=Name(id='e', ctx=Load())), ctx=Load()))
x = a[(b := 1):2]
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=NamedExpr(target=Name(id='b', ctx=Store()), value=Constant(value=1)), upper=Constant(value=2)), ctx=Load()))
a.b.c(d)[e](f).g
# CHECK-SAME: , Expr(value=Attribute(value=Call(func=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), args=[Name(id='f', ctx=Load())], keywords=[]), attr='g', ctx=Load()))
a()()()
# CHECK-SAME: , Expr(value=Call(func=Call(func=Call(func=Name(id='a', ctx=Load()), args=[], keywords=[]), args=[], keywords=[]), args=[], keywords=[]))
a[1][2][3]
# CHECK-SAME: , Expr(value=Subscript(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()), slice=Constant(value=2), ctx=Load()), slice=Constant(value=3), ctx=Load()))
f(a)(b=1)
# CHECK-SAME: , Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[], keywords=[keyword(arg='b', value=Constant(value=1))]))
f(a, b)(c)[d:e]
# CHECK-SAME: , Expr(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]), slice=Slice(lower=Name(id='d', ctx=Load()), upper=Name(id='e', ctx=Load())), ctx=Load()))
a.b[c].d()
# CHECK-SAME: , Expr(value=Call(func=Attribute(value=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()), args=[], keywords=[]))
(a).b
# CHECK-SAME: , Expr(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))
a . b
# CHECK-SAME: , Expr(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))
a [0]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Load()))
f ()
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))
x = a.__class__
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id='a', ctx=Load()), attr='__class__', ctx=Load()))
x = ...
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))
x = None, True, False
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))
x = __debug__
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='__debug__', ctx=Load()))
# '*' in a subscript takes a whole expression (CPython's star_expression).
a[*b is c]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Compare(left=Name(id='b', ctx=Load()), ops=[Is()], comparators=[Name(id='c', ctx=Load())]), ctx=Load())], ctx=Load()), ctx=Load()))
a[*b if c else d]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=IfExp(test=Name(id='c', ctx=Load()), body=Name(id='b', ctx=Load()), orelse=Name(id='d', ctx=Load())), ctx=Load())], ctx=Load()), ctx=Load()))
a[*lambda: 1]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), ctx=Load())], ctx=Load()), ctx=Load()))
a[*not b]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=UnaryOp(op=Not(), operand=Name(id='b', ctx=Load())), ctx=Load())], ctx=Load()), ctx=Load()))
a[*b or c]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=BoolOp(op=Or(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), ctx=Load())], ctx=Load()), ctx=Load()))
a[*b and c]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), ctx=Load())], ctx=Load()), ctx=Load()))
a[1, *b < c]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1), Starred(value=Compare(left=Name(id='b', ctx=Load()), ops=[Lt()], comparators=[Name(id='c', ctx=Load())]), ctx=Load())], ctx=Load()), ctx=Load()))
# CHECK-SAME: ], type_ignores=[]){{$}}
