# Comprehensions: list/set/dict comprehensions and generator expressions,
# several for and if clauses, nested comprehensions, tuple and attribute
# targets, a generator expression as the sole call argument, async forms.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
[x for x in y]
# CHECK: {{^}}Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))
[x for x in y if x if z]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0)]))
[x for x in y for z in x if z]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[Name(id='z', ctx=Load())], is_async=0)]))
[[y for y in x] for x in z]
# CHECK-SAME: , Expr(value=ListComp(elt=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))
[x for x in y] + [1]
# CHECK-SAME: , Expr(value=BinOp(left=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), op=Add(), right=List(elts=[Constant(value=1)], ctx=Load())))
{x for x in y}
# CHECK-SAME: , Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))
{k: v for k, v in d.items()}
# CHECK-SAME: , Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))
{x: y for x in z if x for y in w}
# CHECK-SAME: , Expr(value=DictComp(key=Name(id='x', ctx=Load()), value=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[], is_async=0)]))
x = {a: (yield) for c in d}
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='a', ctx=Load()), value=Yield(), generators=[comprehension(target=Name(id='c', ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
(x for x in y)
# CHECK-SAME: , Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))
(a for b in c for d in e if f)
# CHECK-SAME: , Expr(value=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='d', ctx=Store()), iter=Name(id='e', ctx=Load()), ifs=[Name(id='f', ctx=Load())], is_async=0)]))
f(x for x in y)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))
f(x for x in y if z)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load())], is_async=0)])], keywords=[]))
sum(x for x in y)
# CHECK-SAME: , Expr(value=Call(func=Name(id='sum', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))
f(a for a in b)(c)
# CHECK-SAME: , Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))
f(x)(y for y in z)
# CHECK-SAME: , Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), args=[GeneratorExp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))
[a for b in c if d if e for f in g]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[Name(id='d', ctx=Load()), Name(id='e', ctx=Load())], is_async=0), comprehension(target=Name(id='f', ctx=Store()), iter=Name(id='g', ctx=Load()), ifs=[], is_async=0)]))
[a for b in (c if d else e)]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load())), ifs=[], is_async=0)]))
[a for (b, c) in d]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
[a for b, c in d]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
[a for b, in d]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
[a for *b, c in d]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Starred(value=Name(id='b', ctx=Store()), ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
[a for b.c in d]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
[a for b[0] in d]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
[(a, b) for a in c for b in d]
# CHECK-SAME: , Expr(value=ListComp(elt=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))
[1for x in y]
# CHECK-SAME: , Expr(value=ListComp(elt=Constant(value=1), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))
[x async for x in y]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))
(x async for x in y)
# CHECK-SAME: , Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))
[x for x in y async for z in x]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=1)]))
# A lone starred target is the compiler's error, not the parser's.
[x for *a in b]
# CHECK-SAME: , Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Starred(value=Name(id='a', ctx=Store()), ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))
# CHECK-SAME: ], type_ignores=[]){{$}}
