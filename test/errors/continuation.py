# Line continuation and stray characters: CharacterAfterContinuation,
# InvalidCharacter (printable non-ASCII characters that cannot start or
# continue a name; only the source line is checked, no caret is printed for
# lines with non-ASCII text) and the generic 'invalid syntax' for ASCII
# characters that are not tokens.
# EofAfterContinuation needs a file that ends in a backslash: see
# Inputs/eof-after-backslash.py in decoding.test, and below a backslash and
# a newline at the very end (CPython: "unexpected EOF while parsing"), on a
# line of its own too; inside brackets the one error is the bracket never
# closed, as in CPython.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace
# RUN: not %schemac parse %S/Inputs/eof-after-continuation-newline.py 2>&1 | FileCheck %s --check-prefix=EOFNL --strict-whitespace --implicit-check-not=error:
# EOFNL: eof-after-continuation-newline.py:1:7: error: unexpected end of file after line continuation character{{$}}
# RUN: not %schemac parse %S/Inputs/eof-after-continuation-line.py 2>&1 | FileCheck %s --check-prefix=EOFLINE --strict-whitespace --implicit-check-not=error:
# EOFLINE: eof-after-continuation-line.py:2:1: error: unexpected end of file after line continuation character{{$}}
# RUN: not %schemac parse %S/Inputs/eof-after-continuation-bracket.py 2>&1 | FileCheck %s --check-prefix=EOFBRACKET --strict-whitespace --implicit-check-not=error:
# EOFBRACKET: eof-after-continuation-bracket.py:1:5: error: '(' was never closed{{$}}

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

# A backslash in the indentation: CPython takes the indentation from the
# column of the first one, or, when that is column 0, from the next line.
x = 1
\
    y = 2
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: unexpected indent{{$}}
# CHECK-NEXT: {{^}}    y = 2{{$}}

x = 1
    \
y = 2
# CHECK: {{.*}}.py:[[@LINE-1]]:1: error: unexpected indent{{$}}
