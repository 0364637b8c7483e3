# Indentation errors with spaces only: UnexpectedIndent, ExpectedIndentedBlock
# (after each kind of block opener, including at the end of the file) and
# InconsistentDedent ('unindent does not match any outer indentation level').
# Tab/space mixtures are in tabs.test, the nesting limit in
# nesting-limits.test.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

x = 1
    y = 2
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: unexpected indent{{$}}
# CHECK-NEXT: {{^}}    y = 2{{$}}
# CHECK-NEXT: {{^}}^~~~{{$}}

if x:
y = 2
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: expected an indented block{{$}}
# CHECK-NEXT: {{^}}y = 2{{$}}
# CHECK-NEXT: {{^}}^{{$}}

for x in y:
# a comment line is not a block
z = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: expected an indented block{{$}}
# CHECK-NEXT: {{^}}z = 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}

class A:
x = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: expected an indented block{{$}}
# CHECK-NEXT: {{^}}x = 1{{$}}
# CHECK-NEXT: {{^}}^{{$}}

def f():
    if x:
        pass
      y = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: unindent does not match any outer indentation level{{$}}
# CHECK-NEXT: {{^}}      y = 1{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

if x:
    pass
  else:
    pass
# CHECK: {{.*}}.py:[[@LINE-2]]:3: error: unindent does not match any outer indentation level{{$}}
# CHECK-NEXT: {{^}}  else:{{$}}
# CHECK-NEXT: {{^}}  ^{{$}}

# CHECK: {{.*}}.py:[[@LINE+4]]:1: error: expected an indented block{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^}}^{{$}}
def g():
