# sys.exit(n) ends the program at once with status n, from deep in the calls; nothing after it runs.
import sys


def descend(n):
    if n == 0:
        print("bottom")
        sys.exit(7)
    descend(n - 1)
    print("never printed")


descend(20)
print("never printed either")
# expect: bottom
# expect exit: 7
