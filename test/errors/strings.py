# String literal errors: UnterminatedString (single and double quotes, raw,
# bytes, an escaped quote at the end of the line), InvalidEscape (malformed
# \x, \u, \U and \N escapes in str literals), NonAsciiInBytes and
# MixedBytesAndStr. Unterminated triple-quoted strings are in
# unterminated-triple-quoted.test since they run to the end of the file.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s --strict-whitespace

x = 'abc
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unterminated string literal (detected at line [[#@LINE-1]]){{$}}
# CHECK-NEXT: {{^}}x = 'abc{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = "abc
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unterminated string literal (detected at line [[#@LINE-1]]){{$}}
# CHECK-NEXT: {{^}}x = "abc{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = r'abc\'
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unterminated string literal (detected at line [[#@LINE-1]]){{$}}
# CHECK-NEXT: {{^}}x = r'abc\'{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = b'abc
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unterminated string literal (detected at line [[#@LINE-1]]){{$}}
# CHECK-NEXT: {{^}}x = b'abc{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = 'abc\\\'
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: unterminated string literal (detected at line [[#@LINE-1]]){{$}}
# CHECK-NEXT: {{^}}x = 'abc\\\'{{$}}
# CHECK-NEXT: {{^}}    ^{{$}}

x = '\x4'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: truncated \xXX escape{{$}}
# CHECK-NEXT: {{^}}x = '\x4'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

x = '\xg0'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: truncated \xXX escape{{$}}
# CHECK-NEXT: {{^}}x = '\xg0'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

x = '\u12'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: truncated \uXXXX escape{{$}}
# CHECK-NEXT: {{^}}x = '\u12'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

x = '\U1234567'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: truncated \UXXXXXXXX escape{{$}}
# CHECK-NEXT: {{^}}x = '\U1234567'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

x = '\U00110000'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character{{$}}
# CHECK-NEXT: {{^}}x = '\U00110000'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

x = '\N{NO SUCH CHARACTER NAME}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}
# CHECK-NEXT: {{^}}x = '\N{NO SUCH CHARACTER NAME}'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

# Names CPython 3.11 does not know: its Unicode is 14.0 (SHAKING FACE is
# 15.0, CJK Extension H 15.0 and Extension I 15.1); it matches the
# algorithmic CJK and Hangul names in upper case only; it has no algorithmic
# Tangut names; and a named sequence is no character.
x = '\N{SHAKING FACE}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{CJK UNIFIED IDEOGRAPH-31350}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{CJK UNIFIED IDEOGRAPH-2EBF0}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{CJK UNIFIED IDEOGRAPH-4e00}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{cjk unified ideograph-4E00}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{CJK UNIFIED IDEOGRAPH-0041}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{hangul syllable ga}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{TANGUT IDEOGRAPH-17000}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{LINE FEED (LF)}'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name{{$}}

x = '\N{LATIN SMALL LETTER A'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: malformed \N character escape{{$}}
# CHECK-NEXT: {{^}}x = '\N{LATIN SMALL LETTER A'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

x = '\N'
# CHECK: {{.*}}.py:[[@LINE-1]]:6: error: (unicode error) 'unicodeescape' codec can't decode bytes: malformed \N character escape{{$}}
# CHECK-NEXT: {{^}}x = '\N'{{$}}
# CHECK-NEXT: {{^}}     ^~{{$}}

x = b'é'
# CHECK: {{.*}}.py:[[@LINE-1]]:7: error: bytes can only contain ASCII literal characters{{$}}
# CHECK-NEXT: {{^}}x = b'é'{{$}}

x = b'a' 'b'
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot mix bytes and nonbytes literals{{$}}
# CHECK-NEXT: {{^}}x = b'a' 'b'{{$}}
# CHECK-NEXT: {{^}}    ^~~~~~~~{{$}}

x = 'a' b'b'
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot mix bytes and nonbytes literals{{$}}
# CHECK-NEXT: {{^}}x = 'a' b'b'{{$}}
# CHECK-NEXT: {{^}}    ^~~~~~~~{{$}}

x = 'a' f'{b}' b'c'
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot mix bytes and nonbytes literals{{$}}
# CHECK-NEXT: {{^}}x = 'a' f'{b}' b'c'{{$}}
# CHECK-NEXT: {{^}}    ^~~~~~~~~~~~~~~{{$}}

x = b'a' f'b'
# CHECK: {{.*}}.py:[[@LINE-1]]:5: error: cannot mix bytes and nonbytes literals{{$}}
# CHECK-NEXT: {{^}}x = b'a' f'b'{{$}}
# CHECK-NEXT: {{^}}    ^~~~~~~~~{{$}}
