# Malformed numeric literals: InvalidNumberLiteral (every radix, imaginary,
# bad underscores, a missing exponent or digits, letters glued to a number),
# InvalidDigitInLiteral and LeadingZeros.
# The parser adds no error of its own after these (CPython reports the
# tokenizer's alone).
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace --implicit-check-not="invalid syntax"

x = 0b2
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid digit '2' in binary literal{{$}}
# CHECK-NEXT: {{^}}x = 0b2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = 0b1012
# CHECK: {{.*}}.py:[[@LINE-1]]:10: error: invalid digit '2' in binary literal{{$}}
# CHECK-NEXT: {{^}}x = 0b1012{{$}}
# CHECK-NEXT: {{^}}         ^{{$}}

x = 0o8
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid digit '8' in octal literal{{$}}
# CHECK-NEXT: {{^}}x = 0o8{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = 0o78
# CHECK: {{.*}}.py:[[@LINE-1]]:8: error: invalid digit '8' in octal literal{{$}}
# CHECK-NEXT: {{^}}x = 0o78{{$}}
# CHECK-NEXT: {{^}}       ^{{$}}

x = 0xg
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid hexadecimal literal{{$}}
# CHECK-NEXT: {{^}}x = 0xg{{$}}
# CHECK-NEXT: {{^}}    ^~~{{$}}

x = 0x
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid hexadecimal literal{{$}}
# CHECK-NEXT: {{^}}x = 0x{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

x = 0b
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid binary literal{{$}}
# CHECK-NEXT: {{^}}x = 0b{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

x = 0o
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid octal literal{{$}}
# CHECK-NEXT: {{^}}x = 0o{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

x = 1__0
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1__0{{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

x = 1_
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1_{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

x = 1e
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1e{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

x = 1e+
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1e+{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

x = 1_e1
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1_e1{{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

x = 1.0_
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1.0_{{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

x = 1a
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid decimal literal{{$}}
# CHECK-NEXT: {{^}}x = 1a{{$}}
# CHECK-NEXT: {{^}}    ^~{{$}}

x = 0b1a
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid binary literal{{$}}
# CHECK-NEXT: {{^}}x = 0b1a{{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

x = 0o1a
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid octal literal{{$}}
# CHECK-NEXT: {{^}}x = 0o1a{{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

x = 1.5j2
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid imaginary literal{{$}}
# CHECK-NEXT: {{^}}x = 1.5j2{{$}}
# CHECK-NEXT: {{^}}    ^~~~~{{$}}

x = 0777
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers{{$}}
# CHECK-NEXT: {{^}}x = 0777{{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

x = 00_1
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers{{$}}
# CHECK-NEXT: {{^}}x = 00_1{{$}}
# CHECK-NEXT: {{^}}    ^~~~{{$}}

x = 0_7
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers{{$}}
# CHECK-NEXT: {{^}}x = 0_7{{$}}
# CHECK-NEXT: {{^}}    ^~~{{$}}
