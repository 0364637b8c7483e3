x = """abc
y = 1
z = 2