# The soft keywords match, case, type and _ are ordinary identifiers outside
# the statements they introduce: as names, attributes, calls, subscripts,
# function/class/module names, and in expressions that merely look like a
# match statement (match(x), match[x], match * x, match -x, match (x, y)).
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
match = 1
# CHECK: {{^}}Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))
case = 2
# CHECK-SAME: , Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2))
_ = 3
# CHECK-SAME: , Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=3))
type = 4
# CHECK-SAME: , Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=4))
match.x = 5
# CHECK-SAME: , Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=5))
match[1] = 6
# CHECK-SAME: , Assign(targets=[Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=1), ctx=Store())], value=Constant(value=6))
print(match, case, _, type)
# CHECK-SAME: , Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load()), Name(id='_', ctx=Load()), Name(id='type', ctx=Load())], keywords=[]))
match(x)
# CHECK-SAME: , Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))
match[x]
# CHECK-SAME: , Expr(value=Subscript(value=Name(id='match', ctx=Load()), slice=Name(id='x', ctx=Load()), ctx=Load()))
match * x
# CHECK-SAME: , Expr(value=BinOp(left=Name(id='match', ctx=Load()), op=Mult(), right=Name(id='x', ctx=Load())))
match -x
# CHECK-SAME: , Expr(value=BinOp(left=Name(id='match', ctx=Load()), op=Sub(), right=Name(id='x', ctx=Load())))
match (x, y)
# CHECK-SAME: , Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], keywords=[]))
match, case = 1, 2
# CHECK-SAME: , Assign(targets=[Tuple(elts=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store())], ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))
match: int = 1
# CHECK-SAME: , AnnAssign(target=Name(id='match', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)
def match(case): return case
# CHECK-SAME: , FunctionDef(name='match', args=arguments(posonlyargs=[], args=[arg(arg='case')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='case', ctx=Load()))], decorator_list=[])
class match: pass
# CHECK-SAME: , ClassDef(name='match', bases=[], keywords=[], body=[Pass()], decorator_list=[])
import match.case as type
# CHECK-SAME: , Import(names=[alias(name='match.case', asname='type')])
x = type(y)
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='type', ctx=Load()), args=[Name(id='y', ctx=Load())], keywords=[]))
type.x
# CHECK-SAME: , Expr(value=Attribute(value=Name(id='type', ctx=Load()), attr='x', ctx=Load()))
type.a = 1
# CHECK-SAME: , Assign(targets=[Attribute(value=Name(id='type', ctx=Load()), attr='a', ctx=Store())], value=Constant(value=1))
f(match=1, case=2, type=3, _=4)
# CHECK-SAME: , Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg='match', value=Constant(value=1)), keyword(arg='case', value=Constant(value=2)), keyword(arg='type', value=Constant(value=3)), keyword(arg='_', value=Constant(value=4))]))
match match:
    case case:
        pass
# CHECK-SAME: , Match(subject=Name(id='match', ctx=Load()), cases=[match_case(pattern=MatchAs(name='case'), body=[Pass()])])
match type:
    case type:
        pass
# CHECK-SAME: , Match(subject=Name(id='type', ctx=Load()), cases=[match_case(pattern=MatchAs(name='type'), body=[Pass()])])
match x:
    case match.case:
        pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Attribute(value=Name(id='match', ctx=Load()), attr='case', ctx=Load())), body=[Pass()])])
match = [m for match in y for case in match]
# CHECK-SAME: , Assign(targets=[Name(id='match', ctx=Store())], value=ListComp(elt=Name(id='m', ctx=Load()), generators=[comprehension(target=Name(id='match', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='case', ctx=Store()), iter=Name(id='match', ctx=Load()), ifs=[], is_async=0)]))
# CHECK-SAME: ], type_ignores=[]){{$}}
