# f-string errors: FStringSingleClosingBrace, FStringUnterminated,
# FStringExpectingClosingBrace, FStringTooDeeplyNested and
# FStringInvalidConversion, FStringConversionNotAdjacent.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

x = f'}'
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: f-string: single '}' is not allowed{{$}}
# CHECK-NEXT: {{^}}x = f'}'{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = f'a}b'
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: f-string: single '}' is not allowed{{$}}
# CHECK-NEXT: {{^}}x = f'a}b'{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}

x = f'{x:}}'
# CHECK: {{.*}}.py:[[@LINE-1]]:11: error: f-string: single '}' is not allowed{{$}}
# CHECK-NEXT: {{^}}x = f'{x:}}'{{$}}
# CHECK-NEXT: {{^}}          ^{{$}}

x = f'abc
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unterminated f-string literal (detected at line [[#@LINE-1]]){{$}}
# CHECK-NEXT: {{^}}x = f'abc{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = f"abc
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unterminated f-string literal (detected at line [[#@LINE-1]]){{$}}
# CHECK-NEXT: {{^}}x = f"abc{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = f'{x:{y}'
# CHECK: {{.*}}.py:[[@LINE-1]]:13: error: f-string: expecting '}'{{$}}
# CHECK-NEXT: {{^}}x = f'{x:{y}'{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}

x = f'{x!r:{y}'
# CHECK: {{.*}}.py:[[@LINE-1]]:15: error: f-string: expecting '}'{{$}}
# CHECK-NEXT: {{^}}x = f'{x!r:{y}'{{$}}
# CHECK-NEXT: {{^}}              ^{{$}}

x = f'{x:{y:{z}}}'
# CHECK: {{.*}}.py:[[@LINE-1]]:13: error: f-string: expressions nested too deeply{{$}}
# CHECK-NEXT: {{^}}x = f'{x:{y:{z}}}'{{$}}
# CHECK-NEXT: {{^}}            ^{{$}}

x = f'{x!z}'
# CHECK: {{.*}}.py:[[@LINE-1]]:10: error: f-string: invalid conversion character 'z': expected 's', 'r', or 'a'{{$}}
# CHECK-NEXT: {{^}}x = f'{x!z}'{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}

x = f'{x! r}'
# CHECK: {{.*}}.py:[[@LINE-1]]:9: error: f-string: conversion type must come right after the exclamation mark{{$}}
# CHECK-NEXT: {{^}}x = f'{x! r}'{{$}}
# CHECK-NEXT: {{^}}        ^~~{{$}}

x = f'{x = ! r:>3}'
# CHECK: {{.*}}.py:[[@LINE-1]]:12: error: f-string: conversion type must come right after the exclamation mark{{$}}

x = f'{x!rr}'
# CHECK: {{.*}}.py:[[@LINE-1]]:10: error: f-string: invalid conversion character 'rr': expected 's', 'r', or 'a'{{$}}
# CHECK-NEXT: {{^}}x = f'{x!rr}'{{$}}
# CHECK-NEXT: {{^}}         ^~{{$}}
