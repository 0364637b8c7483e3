"""expect_exit.py STATUS COMMAND...: runs COMMAND, passes its output through,
and succeeds only if it exited with exactly STATUS (lit's shell has no $?)."""
import subprocess
import sys

status = subprocess.call(sys.argv[2:])
if status != int(sys.argv[1]):
    print(f"expect_exit: exit status {status}, expected {sys.argv[1]}", file=sys.stderr)
    sys.exit(1)
