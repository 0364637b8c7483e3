a = "unterminated
b = 'also
c = """never closed
d = 1
