# Invalid assignment, deletion, augmented-assignment, annotation and walrus
# targets: CannotAssign, CannotAssignHint, CannotDelete, CannotAugAssign,
# CannotAnnotate, BadWithItem ('illegal target for annotation'),
# CannotNamedExpr. Each statement is a separate error; parsing recovers at
# the next statement.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

x = 1 = 2
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot assign to literal{{$}}
# CHECK-NEXT: {{^}}x = 1 = 2{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

f() = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to function call{{$}}
# CHECK-NEXT: {{^}}f() = 1{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

x + 1 = 2
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to expression{{$}}
# CHECK-NEXT: {{^}}x + 1 = 2{{$}}
# CHECK-NEXT: {{^}}^~~~~{{$}}

(yield) = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: cannot assign to yield expression{{$}}
# CHECK-NEXT: {{^}}(yield) = 1{{$}}
# CHECK-NEXT: {{^}} ^~~~~{{$}}

... = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to ellipsis{{$}}
# CHECK-NEXT: {{^}}... = 1{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

'a' = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to literal{{$}}
# CHECK-NEXT: {{^}}'a' = 1{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

f'{x}' = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to f-string expression{{$}}
# CHECK-NEXT: {{^}}f'{x}' = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~{{$}}

-a = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to expression{{$}}
# CHECK-NEXT: {{^}}-a = 1{{$}}
# CHECK-NEXT: {{^}}^~{{$}}

a and b = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to expression{{$}}
# CHECK-NEXT: {{^}}a and b = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~~{{$}}

lambda: 1 = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to lambda{{$}}
# CHECK-NEXT: {{^}}lambda: 1 = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~~~~{{$}}

a if b else c = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to conditional expression{{$}}
# CHECK-NEXT: {{^}}a if b else c = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~~~~~~~~{{$}}

{a} = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to set display{{$}}
# CHECK-NEXT: {{^}}{a} = 1{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

{a: b} = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to dict literal{{$}}
# CHECK-NEXT: {{^}}{a: b} = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~{{$}}

[x for x in y] = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to list comprehension{{$}}
# CHECK-NEXT: {{^}}[x for x in y] = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~~~~~~~~~{{$}}

for 1 in x: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot assign to literal{{$}}
# CHECK-NEXT: {{^}}for 1 in x: pass{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

with a as f(): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: cannot assign to function call{{$}}
# CHECK-NEXT: {{^}}with a as f(): pass{{$}}
# CHECK-NEXT: {{^}}          ^~~{{$}}

with (a as b, c as 1): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:20: error: cannot assign to literal{{$}}
# CHECK-NEXT: {{^}}with (a as b, c as 1): pass{{$}}
# CHECK-NEXT: {{^}}                   ^{{$}}

a < b = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: cannot assign to comparison; maybe you meant '==' instead of '='?{{$}}
# CHECK-NEXT: {{^}}a < b = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~{{$}}

(x := 1) = 2
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: cannot assign to named expression; maybe you meant '==' instead of '='?{{$}}
# CHECK-NEXT: {{^}}(x := 1) = 2{{$}}
# CHECK-NEXT: {{^}} ^~~~~~{{$}}

del f()
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot delete function call{{$}}
# CHECK-NEXT: {{^}}del f(){{$}}
# CHECK-NEXT: {{^}}    ^~~{{$}}

del 1
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot delete literal{{$}}
# CHECK-NEXT: {{^}}del 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

del (a, f())
# CHECK: {{.*}}.py:[[@LINE-1]]:9: error: cannot delete function call{{$}}
# CHECK-NEXT: {{^}}del (a, f()){{$}}
# CHECK-NEXT: {{^}}        ^~~{{$}}

del a + b
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot delete expression{{$}}
# CHECK-NEXT: {{^}}del a + b{{$}}
# CHECK-NEXT: {{^}}    ^~~~~{{$}}

del *a
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot delete starred{{$}}
# CHECK-NEXT: {{^}}del *a{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

(a, b) += 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: 'tuple' is an illegal expression for augmented assignment{{$}}
# CHECK-NEXT: {{^}}(a, b) += 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~{{$}}

[a] += 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: 'list' is an illegal expression for augmented assignment{{$}}
# CHECK-NEXT: {{^}}[a] += 1{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

f() += 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: 'function call' is an illegal expression for augmented assignment{{$}}
# CHECK-NEXT: {{^}}f() += 1{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

a, b: int
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: only single target (not tuple) can be annotated{{$}}
# CHECK-NEXT: {{^}}a, b: int{{$}}
# CHECK-NEXT: {{^}}^~~~{{$}}

(a, b): int = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: only single target (not tuple) can be annotated{{$}}
# CHECK-NEXT: {{^}}(a, b): int = 1{{$}}
# CHECK-NEXT: {{^}}^~~~~~{{$}}

[a]: int
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: only single target (not list) can be annotated{{$}}
# CHECK-NEXT: {{^}}[a]: int{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

f(): int
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: illegal target for annotation{{$}}
# CHECK-NEXT: {{^}}f(): int{{$}}
# CHECK-NEXT: {{^}}^~~{{$}}

1: int
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: illegal target for annotation{{$}}
# CHECK-NEXT: {{^}}1: int{{$}}
# CHECK-NEXT: {{^}}^{{$}}

(x.y := 1)
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: cannot use assignment expressions with attribute{{$}}
# CHECK-NEXT: {{^}}(x.y := 1){{$}}
# CHECK-NEXT: {{^}} ^~~{{$}}

(a[0] := 1)
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: cannot use assignment expressions with subscript{{$}}
# CHECK-NEXT: {{^}}(a[0] := 1){{$}}
# CHECK-NEXT: {{^}} ^~~~{{$}}

((a, b) := 1)
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: cannot use assignment expressions with tuple{{$}}
# CHECK-NEXT: {{^}}((a, b) := 1){{$}}
# CHECK-NEXT: {{^}} ^~~~~~{{$}}

(a + b := 1)
# CHECK: {{.*}}.py:[[@LINE-1]]:2: error: cannot use assignment expressions with expression{{$}}
# CHECK-NEXT: {{^}}(a + b := 1){{$}}
# CHECK-NEXT: {{^}} ^~~~~{{$}}
