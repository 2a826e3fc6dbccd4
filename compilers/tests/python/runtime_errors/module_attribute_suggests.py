# A name that is no member of an imported module is CPython's AttributeError when the line runs (an
# uncaught one's last line suggests the module's nearest member), not a compile error.
import math, string, sys


def hypotenuse(a, b):
    return math.sqr(a * a + b * b)


try:
    print(string.lowercase)
except AttributeError as e:
    print(e)
print(math.sqrt(16))
try:
    print("to stderr", len("abc"), file=sys.stdrr)  # the arguments first, then file=
except AttributeError as e:
    print(e)
print(hypotenuse(3, 4))
# expect: module 'string' has no attribute 'lowercase'
# expect: 4.0
# expect: module 'sys' has no attribute 'stdrr'
# expect runtime error: trap 4
# expect stderr: AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?
