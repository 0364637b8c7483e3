# A prefix 'not' where Python takes a bitwise-or operand: the grammar's one
# expression level parses it, the action refuses it with the error a
# bitwise-or level would have given at the 'not', and recovery skips to the
# end of the line, so that the next statement parses.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace
# RUN: %schemac parse %S/Inputs/not-operand-valid.py | FileCheck %s --check-prefix=VALID
# VALID: 1 files, {{.*}}: 0 errors in 0 files

x = a + not b
# CHECK: {{.*}}.py:[[@LINE-1]]:9: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}x = a + not b{{$}}
# CHECK-NEXT: {{^}}        ^~~{{$}}

x = a < not b
# CHECK: {{.*}}.py:[[@LINE-1]]:9: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}x = a < not b{{$}}
# CHECK-NEXT: {{^}}        ^~~{{$}}

x = a is not not b
# CHECK: {{.*}}.py:[[@LINE-1]]:14: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}x = a is not not b{{$}}
# CHECK-NEXT: {{^}}             ^~~{{$}}

x = -not a
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}x = -not a{{$}}
# CHECK-NEXT: {{^}}     ^~~{{$}}

x = a ** not b
# CHECK: {{.*}}.py:[[@LINE-1]]:10: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}x = a ** not b{{$}}
# CHECK-NEXT: {{^}}         ^~~{{$}}

x = [*not a]
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}x = [*not a]{{$}}
# CHECK-NEXT: {{^}}      ^~~{{$}}

x = {**not a}
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}x = {**not a}{{$}}
# CHECK-NEXT: {{^}}       ^~~{{$}}

del not x
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}del not x{{$}}
# CHECK-NEXT: {{^}}    ^~~{{$}}

for x, not y in z: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}for x, not y in z: pass{{$}}
# CHECK-NEXT: {{^}}       ^~~{{$}}

with a as not b: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}with a as not b: pass{{$}}
# CHECK-NEXT: {{^}}          ^~~{{$}}

def f(*a: *not b): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:12: error: invalid syntax: unexpected 'not'{{$}}
# CHECK-NEXT: {{^}}def f(*a: *not b): pass{{$}}
# CHECK-NEXT: {{^}}           ^~~{{$}}

# Parenthesised, 'not' is an operand like any other.
x = a + (not b)
# CHECK-NOT: error:
# CHECK: 1 files, {{.*}}: 11 errors in 1 files
