# match patterns rejected by the parser (BadPattern: '_' as a target,
# positional after keyword sub-patterns, complex literals without a real or
# imaginary part) and try statements mixing except and except*
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

try:
    pass
except* E:
    pass
except F:
    pass
# CHECK: {{.*}}.py:{{[0-9]+}}:1: error: cannot have both 'except' and 'except*' on the same 'try'{{$}}
