# match statements, structural patterns: sequence patterns in [] and () and
# without brackets, star captures and star wildcards, mapping patterns with
# literal and dotted keys and **rest, class patterns with positional and
# keyword sub-patterns, or-patterns, as-patterns, nested patterns, guards
# (including walrus), trailing commas, duplicate names (a compile-time, not
# a parse-time error).
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
match x:
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case []:
        pass
    case ():
        pass
    case a, b:
        pass
    case a,:
        pass
    case [a]:
        pass
    case (a):
        pass
    case (a,):
        pass
    case *a, b:
        pass
    case [1, *_, 2]:
        pass
    case [*a]:
        pass
    case [*_]:
        pass
    case [a, [b, (c, d)]]:
        pass
    case ((a)):
        pass
    case [(a)]:
        pass
# CHECK: {{^}}Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar()]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()]), match_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(), MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar(name='a')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchSequence(patterns=[MatchAs(name='b'), MatchSequence(patterns=[MatchAs(name='c'), MatchAs(name='d')])])]), body=[Pass()]), match_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])
match x:
    case {"a": 1, "b": b, **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {1: _, a.b: c, None: d, -1: e}:
        pass
    case {-1j: 1, 1 + 2j: 2, "a" "b": 3, a.b.c: 4}:
        pass
    case {"a": 1, **rest,}:
        pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a'), Constant(value='b')], patterns=[MatchValue(value=Constant(value=1)), MatchAs(name='b')], rest='rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[], rest='rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1), Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), Constant(value=None), UnaryOp(op=USub(), operand=Constant(value=1))], patterns=[MatchAs(), MatchAs(name='c'), MatchAs(name='d'), MatchAs(name='e')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[UnaryOp(op=USub(), operand=Constant(value=1j)), BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j)), Constant(value='ab'), Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())], patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2)), MatchValue(value=Constant(value=3)), MatchValue(value=Constant(value=4))]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='a')], patterns=[MatchValue(value=Constant(value=1))], rest='rest'), body=[Pass()])])
match x:
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case a.b.Point():
        pass
    case A.B():
        pass
    case Point(x=[1, 2], y={"k": v}):
        pass
    case A(b, c=d, e=f):
        pass
    case a.b.c(d, e=f):
        pass
    case A(_=1):
        pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))], kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['y'], kwd_patterns=[MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='Point', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Name(id='A', ctx=Load()), attr='B', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')])]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='A', ctx=Load()), patterns=[MatchAs(name='b')], kwd_attrs=['c', 'e'], kwd_patterns=[MatchAs(name='d'), MatchAs(name='f')]), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), patterns=[MatchAs(name='d')], kwd_attrs=['e'], kwd_patterns=[MatchAs(name='f')]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='A', ctx=Load()), patterns=[], kwd_attrs=['_'], kwd_patterns=[MatchValue(value=Constant(value=1))]), body=[Pass()])])
match x:
    case 1 | 2 | 3:
        pass
    case a | b:
        pass
    case _ | 1:
        pass
    case [1, 2] as y:
        pass
    case (1 | 2) as z:
        pass
    case (1 | 2 as y) | 3:
        pass
    case Point(x=a as b):
        pass
    case _ as x:
        pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2)), MatchValue(value=Constant(value=3))]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchAs(), MatchValue(value=Constant(value=1))]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='y'), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='z'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='y'), MatchValue(value=Constant(value=3))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchAs(pattern=MatchAs(name='a'), name='b')]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchAs(), name='x'), body=[Pass()])])
match x:
    case y if y > 0:
        pass
    case [a, b] if a == b:
        pass
    case 1 if (y := 2):
        pass
    case _ if _:
        pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='y'), guard=Compare(left=Name(id='y', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), guard=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())]), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value=1)), guard=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=2)), body=[Pass()]), match_case(pattern=MatchAs(), guard=Name(id='_', ctx=Load()), body=[Pass()])])
match x:
    case {"a": 1,}: pass
    case [1, 2,]: pass
    case A(1,): pass
    case A(x=1,): pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a')], patterns=[MatchValue(value=Constant(value=1))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='A', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='A', ctx=Load()), patterns=[], kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=1))]), body=[Pass()])])
match x:
    case [a, a]: pass
    case A(a=1, a=2): pass
    case {0: 0, 0: 1}: pass
    case [*_, *_]: pass
# CHECK-SAME: , Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='a')]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='A', ctx=Load()), patterns=[], kwd_attrs=['a', 'a'], kwd_patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=0), Constant(value=0)], patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=1))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar(), MatchStar()]), body=[Pass()])])
# CHECK-SAME: ], type_ignores=[]){{$}}
