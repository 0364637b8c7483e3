# SyntaxError ('invalid syntax: unexpected X[, expected Y]') on statements
# CPython also rejects as plain invalid syntax, and StarredNotAllowed.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

x = = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid syntax: unexpected '='{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x = = 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = 1 2
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid syntax: unexpected number '2'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x = 1 2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

f(a b)
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid syntax: unexpected identifier 'b'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}f(a b){{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = [1, 2,,]
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: invalid syntax: unexpected ','{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x = [1, 2,,]{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}

f(,)
# CHECK: {{.*}}.py:[[@LINE-1]]:3: error: invalid syntax: unexpected ','{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}f(,){{$}}
# CHECK-NEXT: {{^}}  ^{{$}}

(,)
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: invalid syntax: unexpected ','{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}(,){{$}}
# CHECK-NEXT: {{^}} ^{{$}}

if x = 1: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: invalid syntax: unexpected '='{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}if x = 1: pass{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}

while x = 1: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:9: error: invalid syntax: unexpected '='{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}while x = 1: pass{{$}}
# CHECK-NEXT: {{^}}        ^{{$}}

print 'hello'
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid syntax: unexpected string ''hello''{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}print 'hello'{{$}}
# CHECK-NEXT: {{^}}      ^~~~~~~{{$}}

a <> b
# CHECK: {{.*}}.py:[[@LINE-1]]:4: error: invalid syntax: unexpected '>'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}a <> b{{$}}
# CHECK-NEXT: {{^}}   ^{{$}}

x = yield = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot assign to yield expression{{$}}
# CHECK-NEXT: {{^}}x = yield = 1{{$}}
# CHECK-NEXT: {{^}}    ^~~~~{{$}}

from a import *, b
# CHECK: {{.*}}.py:[[@LINE-1]]:16: error: invalid syntax: unexpected ','{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}from a import *, b{{$}}
# CHECK-NEXT: {{^}}               ^{{$}}

x: int, y: int = 1, 2
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid syntax: unexpected ','{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x: int, y: int = 1, 2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

{**a: 1}
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid syntax: unexpected ':'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}{**a: 1}{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

[**a]
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: invalid syntax: unexpected '**'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}[**a]{{$}}
# CHECK-NEXT: {{^}} ^~{{$}}

a[]
# CHECK: {{.*}}.py:[[@LINE-1]]:3: error: invalid syntax: unexpected ']'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}a[]{{$}}
# CHECK-NEXT: {{^}}  ^{{$}}

x..y
# CHECK: {{.*}}.py:[[@LINE-1]]:3: error: invalid syntax: unexpected '.'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x..y{{$}}
# CHECK-NEXT: {{^}}  ^{{$}}

import *
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: invalid syntax: unexpected '*'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}import *{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}

del
# CHECK: {{.*}}.py:[[@LINE-1]]:4: error: invalid syntax: unexpected newline{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}del{{$}}
# CHECK-NEXT: {{^}}   ^{{$}}

assert
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid syntax: unexpected newline{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}assert{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

from import a
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: invalid syntax: unexpected 'import'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}from import a{{$}}
# CHECK-NEXT: {{^}}     ^~~~~~{{$}}

x = (*a)
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot use starred expression here{{$}}
# CHECK-NEXT: {{^}}x = (*a){{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

(*a)
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot use starred expression here{{$}}
# CHECK-NEXT: {{^}}(*a){{$}}
# CHECK-NEXT: {{^}}^~~~{{$}}

print((*a))
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: cannot use starred expression here{{$}}
# CHECK-NEXT: {{^}}print((*a)){{$}}
# CHECK-NEXT: {{^}}      ^~~~{{$}}
