# Source ranges in the tree format, checked against CPython 3.11's
# lineno/col_offset/end_lineno/end_col_offset (columns here are 1-based): a
# compound statement ends at its last token other than NEWLINE, INDENT and
# DEDENT (a trailing ';' included), not where the next statement starts;
# a lone generator expression argument takes the call's parentheses; a
# subscript's tuple takes its trailing comma; a slice without a lower bound
# starts at its ':'.
# The CHECK lines are at the end so as not to move the code's lines.
# RUN: %schemac dump-ast %s | FileCheck %s --strict-whitespace
if x:
    y = 1

# c
z = 2
if a: pass
if a: pass;
while x:
  pass
else:
  pass

for a in b:
    pass
# trailing comment
try:
    pass
except E:
    pass
finally:
    pass
with a:
    pass
class A:
    def f(self):
        return 1


@d
def g(): pass
match x:
    case 1:
        pass

    case _:
        pass
f(x for x in y)
f((x for x in y))
if a:
    if b:
        pass
    elif c:
        pass
d[1,] = 2
x[ : 4]
match a:
    case 1:
        match b:
            case 2:
                pass

y = 3
# CHECK: {{^}}  body[0]: If <10:1-11:10>{{$}}
# CHECK: {{^}}  body[1]: Assign <14:1-14:6>{{$}}
# CHECK: {{^}}  body[2]: If <15:1-15:11>{{$}}
# CHECK: {{^}}  body[3]: If <16:1-16:12>{{$}}
# CHECK: {{^}}  body[4]: While <17:1-20:7>{{$}}
# CHECK: {{^}}  body[5]: For <22:1-23:9>{{$}}
# CHECK: {{^}}  body[6]: Try <25:1-30:9>{{$}}
# CHECK: {{^}}  body[7]: With <31:1-32:9>{{$}}
# CHECK: {{^}}  body[8]: ClassDef name='A' <33:1-35:17>{{$}}
# CHECK: {{^ *}}body[0]: FunctionDef name='f' <34:5-35:17>{{$}}
# CHECK: {{^}}  body[9]: FunctionDef name='g' <39:1-39:14>{{$}}
# CHECK: {{^}}  body[10]: Match <40:1-45:13>{{$}}
# CHECK: {{^}}  body[11]: Expr <46:1-46:16>{{$}}
# CHECK: {{^ *}}args[0]: GeneratorExp <46:2-46:16>{{$}}
# CHECK: {{^}}  body[12]: Expr <47:1-47:18>{{$}}
# CHECK: {{^ *}}args[0]: GeneratorExp <47:3-47:17> parenthesized{{$}}
# CHECK: {{^}}  body[13]: If <48:1-52:13>{{$}}
# CHECK: {{^ *}}body[0]: If <49:5-52:13>{{$}}
# CHECK: {{^ *}}orelse[0]: If <51:5-52:13>{{$}}
# CHECK: {{^}}  body[14]: Assign <53:1-53:10>{{$}}
# CHECK: {{^ *}}slice: Tuple ctx=Load <53:3-53:5>{{$}}
# CHECK: {{^}}  body[15]: Expr <54:1-54:8>{{$}}
# CHECK: {{^ *}}slice: Slice <54:4-54:7>{{$}}
# CHECK: {{^}}  body[16]: Match <55:1-59:21>{{$}}
# CHECK: {{^ *}}body[0]: Match <57:9-59:21>{{$}}
# CHECK: {{^}}  body[17]: Assign <61:1-61:6>{{$}}
