# Numeric literals: decimal, hexadecimal, octal and binary integers in both
# letter cases, underscores, big integers, floats with and without integer
# or fraction part, exponents, overflow to inf and underflow to 0, imaginary.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
x = 0
# CHECK: {{^}}Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))
x = 00
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))
x = 000
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))
x = 0_0
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))
x = 12345678901234567890123456789
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=12345678901234567890123456789))
x = 0x1F + 0XAB + 0xdeadbeef
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=171)), op=Add(), right=Constant(value=3735928559)))
x = 0o17 + 0O7 + 0o777
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=15), op=Add(), right=Constant(value=7)), op=Add(), right=Constant(value=511)))
x = 0b101 + 0B1
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=5), op=Add(), right=Constant(value=1)))
x = 1_000_000 + 0x_FF + 0o_7 + 0b_1
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=1000000), op=Add(), right=Constant(value=255)), op=Add(), right=Constant(value=7)), op=Add(), right=Constant(value=1)))
x = 1.0 + .5 + 5. + 0.000001
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.0), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=5.0)), op=Add(), right=Constant(value=1e-06)))
x = 1e10 + 1E-5 + 1.5e+3 + 0e0
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=10000000000.0), op=Add(), right=Constant(value=1e-05)), op=Add(), right=Constant(value=1500.0)), op=Add(), right=Constant(value=0.0)))
x = 1_0.0_1 + 1_000.000_1e1_0
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=10.01), op=Add(), right=Constant(value=10000001000000.0)))
x = 00.5
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.5))
x = 09.5
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=9.5))
x = 09e1
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=90.0))
x = 1e16
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+16))
x = 1e22
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+22))
x = 123456789.123
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789.123))
x = 1e-7
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e-07))
x = 2.5e-10
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=2.5e-10))
x = 1e400
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))
x = 1e-400
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.0))
x = 9999999999999999999999999999999999999999.0
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+40))
x = 0.1
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.1))
x = 1j + 1.5J + 1e3j + .5j + 0j
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1j), op=Add(), right=Constant(value=1.5j)), op=Add(), right=Constant(value=1000j)), op=Add(), right=Constant(value=0.5j)), op=Add(), right=Constant(value=0j)))
x = 012j
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=12j))
x = 1E5J
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=100000j))
x = 0.1e-5j
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e-06j))
x = 1_2_3j
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123j))
x = -1
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))
x = -1.5j
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1.5j)))
x = 1 .real
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Constant(value=1), attr='real', ctx=Load()))
x = 1.0.real
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Constant(value=1.0), attr='real', ctx=Load()))
x = 1 .bit_length()
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Attribute(value=Constant(value=1), attr='bit_length', ctx=Load()), args=[], keywords=[]))
# CHECK-SAME: ], type_ignores=[]){{$}}
