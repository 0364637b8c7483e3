a = f"{x"
b = f"{x!z}"
c = f"{}"
d = f"{x:{y:{z:{w}}}}"
e = f"}"
f = f'{a['
g = 1
