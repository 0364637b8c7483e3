name, width, value = "x", 10, 3.14159
a = f"{name!r:>{width}}"
b = f"{value=:.2f} {value = }"
c = f'{"nested"}' f"{'quotes'}" rf"\d{name}\n" fr'{{literal}}'
d = f"""multi
line {value:{width}.{2}} {name.upper()!s}
"""
e = f"{ {'a': 1}['a'] }" + F"{[x for x in range(3)]}"
g = f"{(lambda: 1)()}" if False else f"{(y := 2)}"
h = f"{value:%Y-%m-%d}" f"{3:#0{width}x}" f"{'a' 'b'}"
