# Where Python takes any expression after '*', and "is not" / "not in" split
# across lines inside brackets.
print(*not a)
x[*not a]
x = (a is
     not b)
x = (a not
     in b)
x = not a is not b
x = a is not b < c
x = a not in b not in c
x = (not a) + b
for x in not y:
    pass
