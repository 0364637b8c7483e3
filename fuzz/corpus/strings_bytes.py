s1 = 'single' "double" '''triple''' """triple double"""
s2 = r'raw\n' R"raw\"q" u'unicode', b'bytes\x00' rb'\d' Br"\w"
s3 = "\N{GREEK SMALL LETTER ALPHA}\u00e9\U0001F600\x41\101\a\b\f\v\0"
s4 = ("implicit"
      "concatenation" 'across lines')
s5 = '''it's a "quote"
and a line \
continuation'''
s6 = b"" + b'\xff' * 3
s7 = "\q invalid escape is only a warning"
