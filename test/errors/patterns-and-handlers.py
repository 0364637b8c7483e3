# match patterns rejected by the parser (BadPattern: '_' as a target,
# positional after keyword sub-patterns, complex literals without a real or
# imaginary part, '**_', a plain name as a mapping key, a lone star pattern
# outside brackets) and try statements mixing except and except*
# (MixedExceptStar; its line is not checked: CPython points at the first
# handler of the other kind, schemac at 'try', see the bug report).
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

match x:
    case a as _: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:15: error: cannot use '_' as a target{{$}}
# CHECK-NEXT: {{^}}    case a as _: pass{{$}}
# CHECK-NEXT: {{^}}              ^{{$}}

match x:
    case [1, 2] as _: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:20: error: cannot use '_' as a target{{$}}
# CHECK-NEXT: {{^}}    case [1, 2] as _: pass{{$}}
# CHECK-NEXT: {{^}}                   ^{{$}}

match x:
    case A(x=1, 2): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:17: error: positional patterns follow keyword patterns{{$}}
# CHECK-NEXT: {{^}}    case A(x=1, 2): pass{{$}}
# CHECK-NEXT: {{^}}                ^{{$}}

match x:
    case A(1, x=1, 2): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:20: error: positional patterns follow keyword patterns{{$}}
# CHECK-NEXT: {{^}}    case A(1, x=1, 2): pass{{$}}
# CHECK-NEXT: {{^}}                   ^{{$}}

match x:
    case 1 + 2: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:14: error: imaginary number required in complex literal{{$}}
# CHECK-NEXT: {{^}}    case 1 + 2: pass{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}

match x:
    case -1 - 2: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:15: error: imaginary number required in complex literal{{$}}
# CHECK-NEXT: {{^}}    case -1 - 2: pass{{$}}
# CHECK-NEXT: {{^}}              ^{{$}}

match x:
    case 1j + 2j: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:10: error: real number required in complex literal{{$}}
# CHECK-NEXT: {{^}}    case 1j + 2j: pass{{$}}
# CHECK-NEXT: {{^}}         ^~{{$}}

match x:
    case {1.5 + 1: y}: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:17: error: imaginary number required in complex literal{{$}}
# CHECK-NEXT: {{^}}    case {1.5 + 1: y}: pass{{$}}
# CHECK-NEXT: {{^}}                ^{{$}}

try:
    pass
except E:
    pass
except* F:
    pass
# CHECK: {{.*}}.py:{{[0-9]+}}:1: error: cannot have both 'except' and 'except*' on the same 'try'{{$}}

match x:
    case {**_}: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:13: error: invalid syntax: '**_' is not allowed in a mapping pattern{{$}}
# CHECK-NEXT: {{^}}    case {**_}: pass{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}

match x:
    case {1: a, **_}: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:19: error: invalid syntax: '**_' is not allowed in a mapping pattern{{$}}

match x:
    case {a: 1}: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: invalid syntax: a mapping pattern key must be a literal or a dotted name{{$}}
# CHECK-NEXT: {{^}}    case {a: 1}: pass{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}

match x:
    case {_: 1}: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: invalid syntax: a mapping pattern key must be a literal or a dotted name{{$}}

match x:
    case *a: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:10: error: invalid syntax: a lone star pattern needs a comma or brackets{{$}}
# CHECK-NEXT: {{^}}    case *a: pass{{$}}
# CHECK-NEXT: {{^}}         ^~{{$}}

match x:
    case (*a): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: invalid syntax: a lone star pattern needs a comma or brackets{{$}}

try:
    pass
except* E:
    pass
except F:
    pass
# CHECK: {{.*}}.py:{{[0-9]+}}:1: error: cannot have both 'except' and 'except*' on the same 'try'{{$}}
