# String and bytes literals: the prefixes u, r, R, b, B and br/rb in every case,
# the kind='u' marker (only lowercase u, and only on the first piece), implicit
# concatenation across lines and with a continuation, triple quotes, raw
# strings, escapes of every form (octal, \x, \u, \U, \N{...} by name in
# any case, by correction alias, Hangul and CJK algorithmic names), invalid
# escapes kept literally, non-ASCII text, repr() of awkward characters.
# Expected output is CPython 3.11's ast.dump(ast.parse(...)) of this file.
# RUN: %schemac dump-ast --format=python %s | FileCheck %s --strict-whitespace
x = 'a' "b"
# CHECK: {{^}}Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))
x = u'a'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a', kind='u'))
x = u'a' 'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab', kind='u'))
x = 'a' u'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))
x = u"\u1234" "x"
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ሴx', kind='u'))
x = r'\n' R'\d'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\d'))
x = b'x' B'y'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'xy'))
x = br'\z' Rb'\z' rB'q' BR'w' bR'e' Br'r'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\z\\zqwer'))
x = rb'a' Rb'\x' RB'y' rb"\\"
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'a\\xy\\\\'))
x = b'a' b'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'ab'))
x = ''
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))
x = b''
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b''))
x = """"""
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))
x = '"'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='"'))
x = "'"
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value="'"))
x = '\'"'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\'"'))
x = "a'b\"c"
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\'b"c'))
x = '\n\t\r\a\b\f\v\0\x41\101\u00e9\U0001F600\\\'\"'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\n\t\r\x07\x08\x0c\x0b\x00AAé😀\\\'"'))
x = '\1\12\123\1234'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\x01\nSS4'))
x = '\7'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\x07'))
x = '\q'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\q'))
x = b'\n\x00\xff\777\q'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\n\x00\xff\xff\\q'))
x = b'\xc3\xa9'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\xc3\xa9'))
x = '\xc3\xa9'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='Ã©'))
x = '\N{LATIN SMALL LETTER E WITH ACUTE}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))
x = '\N{EM DASH}\N{em dash}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='——'))
x = '\N{LINE FEED}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\n'))
x = '\N{LATIN CAPITAL LETTER GHA}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='Ƣ'))
x = '\N{ZERO WIDTH JOINER}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u200d'))
x = '\N{DIGIT ONE}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='1一가'))
x = '\N{HANGUL SYLLABLE HWEOK}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='훸'))
x = '\N{CJK COMPATIBILITY IDEOGRAPH-F900}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='豈'))
x = b'\N{SNOWMAN}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\N{SNOWMAN}'))
x = rb'\N{SNOWMAN}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\N{SNOWMAN}'))
x = r'\N{SNOWMAN}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\N{SNOWMAN}'))
x = '\U00010000\U0010ffff'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='𐀀\U0010ffff'))
x = '\udc80'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\udc80'))
x = '\u0000'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\x00'))
x = '\x7f\x80\x9f\xa0\xad\u200b\u2028\ud800'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\x7f\x80\x9f\xa0\xad\u200b\u2028\ud800'))
x = 'é€😀'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é€😀'))
x = 'ƒ\u0301'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ƒ́'))
x = '\U0001F1E6\U0001F1E8'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='🇦🇨'))
x = 'tab\tend'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='tab\tend'))
x = R'\''
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value="\\'"))
x = r'\\'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\\\'))
x = rb'\''
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b"\\'"))
x = r"""raw \n triple"""
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='raw \\n triple'))
x = """triple
quoted "with" quotes ''' """
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='triple\nquoted "with" quotes \'\'\' '))
x = '''single ''triple'' '''
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value="single ''triple'' "))
x = '''a
b\
c'''
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\nbc'))
x = '\
continued'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='continued'))
x = "a\
b"
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))
x = 'a' \
    'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))
x = ('a'
     'b'
     'c')
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))
# kind='u' for a lower-case 'u' prefix only.
x = U'a'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a'))
x = U'a' f'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='ab')]))
x = u'a' 'b'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab', kind='u'))
# Name aliases (NameAliases.txt), any case; algorithmic names in upper case.
x = '\N{BOM}\N{NBSP}\N{LF}\N{ZWJ}\N{zwnj}\N{BYTE ORDER MARK}\N{LINE FEED}\N{VS17}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\ufeff\xa0\n\u200d\u200c\ufeff\n󠄀'))
x = '\N{latin small letter a}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-3134A}\N{CJK COMPATIBILITY IDEOGRAPH-f900}\N{HANGUL SYLLABLE GAG}\N{TANGUT COMPONENT-001}\N{HANDSHAKE}'
# CHECK-SAME: , Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a一𱍊豈각𘠀🤝'))
# CHECK-SAME: ], type_ignores=[]){{$}}
