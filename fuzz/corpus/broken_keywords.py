class = 1
def (x): pass
import
from x import
lambda: yield
return 5
a + = 1
f(**x, *y)
f(x for x in y, 1)
del f()
(a, b) += 1
x = 1 if 2
match x:
    case 1 + :
        pass
for in x: pass
