# Operator precedence and associativity: arithmetic, '**' (right-assoc,
# binds tighter than unary minus on its left, looser on its right), unary
# operators, shifts and bitwise operators, comparison chains, not/and/or,
# conditional expressions, assignment expressions (walrus).
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8
# CHECK: {{^}}Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=4), op=Div(), right=Constant(value=5)), op=FloorDiv(), right=Constant(value=6)), op=Mod(), right=Constant(value=7)), op=MatMult(), right=Constant(value=8))))
a - b - c
# CHECK-SAME: , Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))
a @ b @ c
# CHECK-SAME: , Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())), op=MatMult(), right=Name(id='c', ctx=Load())))
-2 ** 2
# CHECK-SAME: , Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))
2 ** -1
# CHECK-SAME: , Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))
2 ** 3 ** 4
# CHECK-SAME: , Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=4))))
-x ** -y
# CHECK-SAME: , Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load())))))
(-a) ** b
# CHECK-SAME: , Expr(value=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), op=Pow(), right=Name(id='b', ctx=Load())))
a ** -b ** c
# CHECK-SAME: , Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load())))))
~x + +y - -z
# CHECK-SAME: , Expr(value=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='x', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='y', ctx=Load()))), op=Sub(), right=UnaryOp(op=USub(), operand=Name(id='z', ctx=Load()))))
~a ** b
# CHECK-SAME: , Expr(value=UnaryOp(op=Invert(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=Name(id='b', ctx=Load()))))
- - x
# CHECK-SAME: , Expr(value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))))
a | b ^ c & d << e >> f
# CHECK-SAME: , Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))
a | b | c
# CHECK-SAME: , Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=Name(id='b', ctx=Load())), op=BitOr(), right=Name(id='c', ctx=Load())))
a < b <= c > d >= e == f != g in h not in i is j is not k
# CHECK-SAME: , Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq(), In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))
a == b == c
# CHECK-SAME: , Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq(), Eq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))
a < b > c
# CHECK-SAME: , Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Gt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))
x = a is not b
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))
x = a not in b
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())]))
not x == y
# CHECK-SAME: , Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='x', ctx=Load()), ops=[Eq()], comparators=[Name(id='y', ctx=Load())])))
not a in b
# CHECK-SAME: , Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Name(id='b', ctx=Load())])))
not not x
# CHECK-SAME: , Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load()))))
a and b or c and not d
# CHECK-SAME: , Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='d', ctx=Load()))])]))
a or b or c
# CHECK-SAME: , Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))
a and b and c
# CHECK-SAME: , Expr(value=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))
(a or b) and c
# CHECK-SAME: , Expr(value=BoolOp(op=And(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))
a or b and not c or not not d
# CHECK-SAME: , Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))]), UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='d', ctx=Load())))]))
x if y else z if w else v
# CHECK-SAME: , Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=IfExp(test=Name(id='w', ctx=Load()), body=Name(id='z', ctx=Load()), orelse=Name(id='v', ctx=Load()))))
(a if b else c) if d else e
# CHECK-SAME: , Expr(value=IfExp(test=Name(id='d', ctx=Load()), body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())), orelse=Name(id='e', ctx=Load())))
1 if 2 else 3, 4
# CHECK-SAME: , Expr(value=Tuple(elts=[IfExp(test=Constant(value=2), body=Constant(value=1), orelse=Constant(value=3)), Constant(value=4)], ctx=Load()))
(y := 10)
# CHECK-SAME: , Expr(value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=10)))
f(x := 1)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))
[y := 1, y ** 2]
# CHECK-SAME: , Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1)), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))
if (n := len(a)) > 10: pass
# CHECK-SAME: , If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])
x = (a := (b := 1))
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='a', ctx=Store()), value=NamedExpr(target=Name(id='b', ctx=Store()), value=Constant(value=1))))
x = ((a))
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='a', ctx=Load()))
x = (1)
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))
x = 1 < 2
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Constant(value=1), ops=[Lt()], comparators=[Constant(value=2)]))
x = 1if y else 2
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))
x = 0x1or 2
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Constant(value=1), Constant(value=2)]))
x = 1in y
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Constant(value=1), ops=[In()], comparators=[Name(id='y', ctx=Load())]))
x = 1is 1
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Constant(value=1), ops=[Is()], comparators=[Constant(value=1)]))
x = 1not in y
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Constant(value=1), ops=[NotIn()], comparators=[Name(id='y', ctx=Load())]))
x=(a)if(b)else(c)
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))
x = not(a)
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())))
# CHECK-SAME: ], type_ignores=[]){{$}}
