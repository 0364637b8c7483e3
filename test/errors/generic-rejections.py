# Inputs CPython rejects with a specific message that schemac currently
# reports only as a generic syntax error; some have a registry entry that
# nothing emits yet (ExceptStarNeedsType, TryWithoutHandler,
# ImportStarNotAlone, FStringEmptyExpression, FStringMissingConversion,
# DoubleStarredNotAllowed). Only the line and the severity are checked, so
# that a more specific message or column may replace the generic one.
# RUN: not %schemac parse %s 2>&1 | FileCheck %s

try:
    pass
except* :
    pass
# CHECK: {{.*}}.py:[[@LINE-2]]:{{[0-9]+}}: error: {{.+}}

try:
    pass
x = 1
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

try:
    pass
except A, B as e:
    pass
# CHECK: {{.*}}.py:[[@LINE-2]]:{{[0-9]+}}: error: {{.+}}

from a import b,
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

from a import *,
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

f'{}'
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

f'{ }'
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

f'{!r}'
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

f'{=}'
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

f'{x!}'
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

[*a for a in b]
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

{**a for a in b}
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

x = 1 if 2
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

def f(**k=1): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

def f(*a=1): pass
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}

f'{lambda: 1}'
# CHECK: {{.*}}.py:[[@LINE-1]]:{{[0-9]+}}: error: {{.+}}
