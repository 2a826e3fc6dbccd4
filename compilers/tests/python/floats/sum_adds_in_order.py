import math
from math import sqrt, pi, floor, ceil

def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    r = sqrt(disc)
    return tuple(sorted({(-b - r) / (2 * a), (-b + r) / (2 * a)}))
print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1), quadratic(2, 1, -1))
print(floor(-2.5), ceil(-2.5), round(2.5), round(3.5), round(-0.5), math.trunc(-7.9))
print(math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.e ** 2)
print(f"{pi:.10f} {math.tau / 2 == pi} {math.sin(pi / 6):.6f} {math.cos(0)} {math.degrees(pi)}")
print(math.hypot(5, 12), math.atan2(1, 1) * 4, math.fabs(-3), abs(-3.0), math.pow(2, 0.5))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3)
print(math.inf > 10 ** 40, -math.inf, math.isnan(math.nan), float("inf") - float("inf"))
def newton_sqrt(x, eps=1e-12):
    guess = x / 2 or 1.0
    while abs(guess * guess - x) > eps * x:
        guess = (guess + x / guess) / 2
    return guess
for v in (2, 10, 1e6, 0.25):
    print(f"sqrt({v}) = {newton_sqrt(v):.9f} vs {sqrt(v):.9f}")
def mean_std(xs):
    m = sum(xs) / len(xs)
    return m, sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]))
print(1e300 * 1e10, 2 ** 0.5, 10 ** -2, 7 // 2.0, -7 % 3.0, divmod(7.5, 2))
print(int(3.99), int(-3.99), float(7), float("1e3"), float("  -0.5 "), 1e16, 1.5e-5, 123456789.0 * 10)
print(sum([0.1] * 10) == 1.0, math.factorial(10) / 3, 2 ** 64 / 3, math.sqrt(2) ** 2)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.log(0))
# expect: (1.0, 2.0) (-1.0,) () (-1.0, 0.5)
# expect: -3 -2 2 4 0 -7
# expect: 2.718281828459045 2.0 10.0 -3.0 7.3890560989306495
# expect: 3.1415926536 True 0.500000 1.0 180.0
# expect: 13.0 3.141592653589793 3.0 3.0 1.4142135623730951
# expect: True False 0.30000000000000004 0.3333333333333333 0.6666666666666666 3.3333333333333335
# expect: True -inf True nan
# expect: sqrt(2) = 1.414213562 vs 1.414213562
# expect: sqrt(10) = 3.162277660 vs 3.162277660
# expect: sqrt(1000000.0) = 1000.000000000 vs 1000.000000000
# expect: sqrt(0.25) = 0.500000000 vs 0.500000000
# expect: (5.0, 2.138089935299395)
# expect: inf 1.4142135623730951 0.01 3.0 2.0 (3.0, 1.5)
# expect: 3 -3 7.0 1000.0 -0.5 1e+16 1.5e-05 1234567890.0
# expect: False 1209600.0 6.148914691236517e+18 2.0000000000000004
# expect: ValueError: math domain error
# expect runtime error: trap 4
# expect stderr: ValueError: math domain error
