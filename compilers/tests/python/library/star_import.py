# ruff: noqa: E402, F403, F405, F821
# from math import * and from string import *: the names the program uses are the module's; one the program
# binds too is a variable the import assigns (an exception's `as e` rebinds it, and deletes it when the
# handler ends, as CPython's); likewise a name a from-import binds (tau below)
from math import *
from string import *


def hypotenuse(a, b):
    return sqrt(a * a + b * b)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return pi * self.r**2


def scale(tau):  # a parameter named as math's constant is the parameter
    return tau * 2


print(hypotenuse(3, 4), round(Circle(2).area(), 3), [floor(x) for x in (1.5, -1.5)], log(e), pow(2, 10))
print(gcd(12, 18), factorial(5), isqrt(17), ceil(2.1), inf, scale(1), ascii_lowercase[:5], digits[-3:])
try:
    int("x")
except ValueError as e:
    print("error:", e)
from math import tau

print(tau)
tau = 6
print(tau, scale(tau))
print(e)
# expect: 5.0 12.566 [1, -2] 1.0 1024.0
# expect: 6 120 4 3 inf 2 abcde 789
# expect: error: invalid literal for int() with base 10: 'x'
# expect: 6.283185307179586
# expect: 6 12
# expect runtime error: trap 4
# expect stderr: NameError: name 'e' is not defined
