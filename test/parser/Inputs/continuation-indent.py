pass
\

pass
\
# c
pass
\
    
pass
if x:
    pass
\
    y = 2
if x:
    \
  y = 3
if x:
  \
    y = 4
\
\
pass
