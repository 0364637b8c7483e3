# Call arguments and parameter lists: PositionalAfterKeyword (both
# wordings), UnpackingAfterKeywordUnpacking, KeywordArgumentNotName,
# GeneratorNotParenthesized (and a lone generator as a class's bases),
# NonDefaultAfterDefault and the BadParameterList
# messages for '/', '*' and '**' placement, in def and lambda.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

f(a=1, b)
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: positional argument follows keyword argument{{$}}
# CHECK-NEXT: {{^}}f(a=1, b){{$}}
# CHECK-NEXT: {{^}}       ^{{$}}

f(**a, b)
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: positional argument follows keyword argument unpacking{{$}}
# CHECK-NEXT: {{^}}f(**a, b){{$}}
# CHECK-NEXT: {{^}}       ^{{$}}

f(**a, *b)
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: iterable argument unpacking follows keyword argument unpacking{{$}}
# CHECK-NEXT: {{^}}f(**a, *b){{$}}
# CHECK-NEXT: {{^}}       ^~{{$}}

print(**a, *b)
# CHECK: {{.*}}.py:[[@LINE-1]]:12: error: iterable argument unpacking follows keyword argument unpacking{{$}}
# CHECK-NEXT: {{^}}print(**a, *b){{$}}
# CHECK-NEXT: {{^}}           ^~{{$}}

f(a + 1=2)
# CHECK: {{.*}}.py:[[@LINE-1]]:3: error: expression cannot contain assignment, perhaps you meant "=="?{{$}}
# CHECK-NEXT: {{^}}f(a + 1=2){{$}}
# CHECK-NEXT: {{^}}  ^~~~~{{$}}

f(x for x in y, 1)
# CHECK: {{.*}}.py:[[@LINE-1]]:3: error: Generator expression must be parenthesized{{$}}
# CHECK-NEXT: {{^}}f(x for x in y, 1){{$}}
# CHECK-NEXT: {{^}}  ^~~~~~~~~~~~{{$}}

f(1, x for x in y)
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: Generator expression must be parenthesized{{$}}
# CHECK-NEXT: {{^}}f(1, x for x in y){{$}}
# CHECK-NEXT: {{^}}     ^~~~~~~~~~~~{{$}}

# A class's bases are no call: "f(x for x in y)" has no counterpart there.
class A(x for x in y): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: invalid syntax: unexpected 'for'{{$}}
# CHECK-NEXT: {{^}}class A(x for x in y): pass{{$}}
# CHECK-NEXT: {{^}}          ^~~{{$}}

class A(b, x for x in y): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:12: error: Generator expression must be parenthesized{{$}}

def f(a=1, b): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:12: error: non-default argument follows default argument{{$}}
# CHECK-NEXT: {{^}}def f(a=1, b): pass{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}

lambda a=1, b: 0
# CHECK: {{.*}}.py:[[@LINE-1]]:13: error: non-default argument follows default argument{{$}}
# CHECK-NEXT: {{^}}lambda a=1, b: 0{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}

def f(a, /, b=1, c): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:18: error: non-default argument follows default argument{{$}}
# CHECK-NEXT: {{^}}def f(a, /, b=1, c): pass{{$}}
# CHECK-NEXT: {{^}}                 ^{{$}}

def f(*): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: named arguments must follow bare *{{$}}
# CHECK-NEXT: {{^}}def f(*): pass{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

def f(*, **k): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: named arguments must follow bare *{{$}}
# CHECK-NEXT: {{^}}def f(*, **k): pass{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

lambda *: 0
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: named arguments must follow bare *{{$}}
# CHECK-NEXT: {{^}}lambda *: 0{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}

def f(/): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: at least one argument must precede /{{$}}
# CHECK-NEXT: {{^}}def f(/): pass{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

def f(a, /, b, /): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:16: error: / may appear only once{{$}}
# CHECK-NEXT: {{^}}def f(a, /, b, /): pass{{$}}
# CHECK-NEXT: {{^}}               ^{{$}}

def f(*a, /): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: / must be ahead of *{{$}}
# CHECK-NEXT: {{^}}def f(*a, /): pass{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}

def f(**k, a): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:12: error: arguments cannot follow var-keyword argument{{$}}
# CHECK-NEXT: {{^}}def f(**k, a): pass{{$}}
# CHECK-NEXT: {{^}}           ^{{$}}

def f(a, **b, **c): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:15: error: arguments cannot follow var-keyword argument{{$}}
# CHECK-NEXT: {{^}}def f(a, **b, **c): pass{{$}}
# CHECK-NEXT: {{^}}              ^~~{{$}}

def f(a, *, b, *c): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:16: error: * argument may appear only once{{$}}
# CHECK-NEXT: {{^}}def f(a, *, b, *c): pass{{$}}
# CHECK-NEXT: {{^}}               ^~{{$}}

def f(*a, *b): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: * argument may appear only once{{$}}
# CHECK-NEXT: {{^}}def f(*a, *b): pass{{$}}
# CHECK-NEXT: {{^}}          ^~{{$}}
