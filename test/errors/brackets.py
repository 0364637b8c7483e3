# Bracket matching: UnmatchedClosingBracket, MismatchedClosingBracket for
# every pair of kinds, and BracketNeverClosed (last, since an unclosed
# bracket runs to the end of the file).
# The parser adds no error of its own after these (CPython reports the
# tokenizer's alone).
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace --implicit-check-not="invalid syntax"

x = 1)
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: unmatched ')'{{$}}
# CHECK-NEXT: {{^}}x = 1){{$}}
# CHECK-NEXT: {{^}}     ^{{$}}

x = 1]
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: unmatched ']'{{$}}
# CHECK-NEXT: {{^}}x = 1]{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}

x = 1}
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: unmatched '}'{{$}}
# CHECK-NEXT: {{^}}x = 1}{{$}}
# CHECK-NEXT: {{^}}     ^{{$}}

x = (1]
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: closing parenthesis ']' does not match opening parenthesis '('{{$}}
# CHECK-NEXT: {{^}}x = (1]{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = [1)
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: closing parenthesis ')' does not match opening parenthesis '['{{$}}
# CHECK-NEXT: {{^}}x = [1){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = {1)
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: closing parenthesis ')' does not match opening parenthesis '{'{{$}}
# CHECK-NEXT: {{^}}x = {1){{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = (1}
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: closing parenthesis '}' does not match opening parenthesis '('{{$}}
# CHECK-NEXT: {{^}}x = (1}{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = [1, (2, 3]]
# CHECK: {{.*}}.py:[[@LINE-1]]:14: error: closing parenthesis ']' does not match opening parenthesis '('{{$}}
# CHECK-NEXT: {{^}}x = [1, (2, 3]]{{$}}
# CHECK-NEXT: {{^}}             ^{{$}}

x = [1,
     2,
# CHECK: {{.*}}.py:[[@LINE-2]]:5: error: '[' was never closed{{$}}
# CHECK-NEXT: {{^}}x = [1,{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
