if True:
    x = 1 + \
2
    y = (1,
 2,
             3)
  # a comment at an odd column
    def f(): return [
    1]
        # deeper comment

    z = """
not indentation
        at all"""
if x: pass
elif y:
     pass
else:
        pass
while False: break
for i in []: continue
class C: x = 1; y = 2;
