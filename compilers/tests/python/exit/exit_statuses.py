# from sys import exit; an int is taken modulo 256 as the process's status, as CPython's exit does.
from sys import exit

print("before")
exit(256 + 3)
# expect: before
# expect exit: 3
