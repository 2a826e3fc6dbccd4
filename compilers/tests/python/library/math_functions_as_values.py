# math's functions passed as values, as map(math.sqrt, xs) or a key; the expected lines are python3's.
import math
from math import factorial, sqrt


def integrate(f, a, b, n=50):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


print(math.sqrt, factorial, type(math.sin).__name__, math.hypot.__name__, callable(math.cos))
print(list(map(sqrt, [1, 4, 9.0])), sorted([-3, 2, -1], key=math.fabs), list(map(factorial, range(6))))
print(f"{integrate(math.sin, 0, math.pi):.6f}", list(map(math.pow, [2, 3], [3, 2])))
ops = [math.gcd, math.lcm, math.comb, math.log, math.floor, math.isqrt]
print([f(12, 8) for f in ops[:3]], ops[3](8, 2), ops[4](-2.5), ops[5](99), math.gcd is math.gcd)
for f, args in ((math.sqrt, ()), (math.pow, (1,)), (math.log, (1, 2, 3)), (math.factorial, (1, 2))):
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    print(ops[0](), ops[4](-1.5), sqrt(-1))
except ValueError as e:
    print("ValueError:", e)
# expect: <built-in function sqrt> <built-in function factorial> builtin_function_or_method hypot True
# expect: [1.0, 2.0, 3.0] [-1, 2, -3] [1, 1, 2, 6, 24, 120]
# expect: 1.999342 [8.0, 9.0]
# expect: [4, 24, 495] 3.0 -3 9 True
# expect: math.sqrt() takes exactly one argument (0 given)
# expect: pow expected 2 arguments, got 1
# expect: math.log requires 1 to 2 arguments
# expect: math.factorial() takes exactly one argument (2 given)
# expect: ValueError: math domain error
