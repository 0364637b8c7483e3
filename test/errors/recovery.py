# Error recovery: a file with several syntax errors reports each of them
# (CPython stops at the first) and resumes at the next statement, also
# inside blocks; the statements without errors still reach the AST, which
# dump-ast prints (exiting with 1). The AST line is CPython 3.11's ast.dump
# of this file with the four bad lines deleted.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace
# RUN: not %schemac parse %s 2>/dev/null | FileCheck %s --check-prefix=SUMMARY
# RUN: not %schemac dump-ast --format=python %s 2>/dev/null | FileCheck %s --check-prefix=AST --match-full-lines
a = = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid syntax: unexpected '='{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}a = = 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
b = 2
def f(x):
    return x +
# CHECK: {{.*}}.py:[[@LINE-1]]:15: error: invalid syntax: unexpected newline{{(, expected .*)?$}}
    w = 0
c = 3
for in y: pass
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid syntax: unexpected 'in'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}for in y: pass{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}
class A:
    q = 1 2
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: invalid syntax: unexpected number '2'{{(, expected .*)?$}}
    r = 3
z = 5
# CHECK-NOT: error:
# SUMMARY: 1 files, {{.*}}: 4 errors in 1 files
# AST: Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=2)), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='w', ctx=Store())], value=Constant(value=0))], decorator_list=[]), Assign(targets=[Name(id='c', ctx=Store())], value=Constant(value=3)), ClassDef(name='A', bases=[], keywords=[], body=[Assign(targets=[Name(id='r', ctx=Store())], value=Constant(value=3))], decorator_list=[]), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=5))], type_ignores=[])
