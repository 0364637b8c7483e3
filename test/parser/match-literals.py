# match statements, literal and value patterns: numbers (signed, complex
# real+imag forms, every radix), strings (implicit concatenation), bytes,
# the singletons None/True/False, dotted value patterns, capture and
# wildcard patterns, subjects of every form (tuple, starred, parenthesised).
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5j | 1 + 2j | -1 - 2j:
        pass
    case 0 | 0.0 | 0j | -0 | -0.0 | -0j | 0 + 0j | 0 - 0j | -0 + 0j:
        pass
    case 0x10 | 0b1 | 0o7 | 1_0 | 0.1 | 1e10j:
        pass
    case - 1:
        pass
    case "a" "b":
        pass
    case b"x":
        pass
    case b'a' b'b':
        pass
    case None | True | False:
        pass
# CHECK: {{^}}Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()]), match_case(pattern=MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1.5)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2.5j))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Sub(), right=Constant(value=2j)))]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0.0)), MatchValue(value=Constant(value=0j)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=0))), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=0.0))), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=0j))), MatchValue(value=BinOp(left=Constant(value=0), op=Add(), right=Constant(value=0j))), MatchValue(value=BinOp(left=Constant(value=0), op=Sub(), right=Constant(value=0j))), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=0)), op=Add(), right=Constant(value=0j)))]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=16)), MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=7)), MatchValue(value=Constant(value=10)), MatchValue(value=Constant(value=0.1)), MatchValue(value=Constant(value=10000000000j))]), body=[Pass()]), match_case(pattern=MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value='ab')), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value=b'x')), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value=b'ab')), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()])])
match x:
    case a.b:
        pass
    case a.b.c:
        pass
    case a.b as c:
        pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchValue(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())), name='c'), body=[Pass()])])
match x:
    case y:
        pass
    case _:
        pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='y'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])
match x, y:
    case a, b:
        pass
# CHECK-SAME: , Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()])])
match *x, y:
    case _:
        pass
# CHECK-SAME: , Match(subject=Tuple(elts=[Starred(value=Name(id='x', ctx=Load()), ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])
match (x):
    case _: pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])
match -x:
    case _: pass
# CHECK-SAME: , Match(subject=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), cases=[match_case(pattern=MatchAs(), body=[Pass()])])
match x,:
    case _: pass
# CHECK-SAME: , Match(subject=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])
match x:
    case a: pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='a'), body=[Pass()])])
match y:
    case b: pass
# CHECK-SAME: , Match(subject=Name(id='y', ctx=Load()), cases=[match_case(pattern=MatchAs(name='b'), body=[Pass()])])
# An f-string pattern is the compiler's error, not the parser's.
match x:
    case f'b': pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=JoinedStr(values=[Constant(value='b')])), body=[Pass()])])
match x:
    case 'a' f'{b}': pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)])), body=[Pass()])])
# CHECK-SAME: ], type_ignores=[]){{$}}
