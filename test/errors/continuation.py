# Line continuation and stray characters: CharacterAfterContinuation,
# InvalidCharacter (printable non-ASCII characters that cannot start or
# continue a name; only the source line is checked, no caret is printed for
# lines with non-ASCII text) and the generic 'invalid syntax' for ASCII
# characters that are not tokens.
# EofAfterContinuation needs a file that ends in a backslash: see
# Inputs/eof-after-backslash.py in decoding.test.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

x = 1 \ + 2
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: unexpected character after line continuation character{{$}}
# CHECK-NEXT: {{^}}x = 1 \ + 2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = \ 1
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unexpected character after line continuation character{{$}}
# CHECK-NEXT: {{^}}x = \ 1{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = €
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid character '€' (U+20AC){{$}}
# CHECK-NEXT: {{^}}x = €{{$}}

€ = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: invalid character '€' (U+20AC){{$}}
# CHECK-NEXT: {{^}}€ = 1{{$}}

x = a•b
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: invalid character '•' (U+2022){{$}}
# CHECK-NEXT: {{^}}x = a•b{{$}}

x = 1 $ 2
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid syntax: unexpected invalid token '$'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x = 1 $ 2{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = a ? b : c
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: invalid syntax: unexpected invalid token '?'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x = a ? b : c{{$}}
# CHECK-NEXT: {{^}}      ^{{$}}

x = `a`
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: invalid syntax: unexpected invalid token '`'{{(, expected .*)?$}}
# CHECK-NEXT: {{^}}x = `a`{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}
