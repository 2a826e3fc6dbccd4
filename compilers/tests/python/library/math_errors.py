import math
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
try:
    math.isqrt(-4)
except ValueError as e:
    print(e)
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 8), math.comb(5, 7), [math.isqrt(n) for n in range(10)])
# expect: factorial() not defined for negative values
# expect: isqrt() argument must be nonnegative
# expect: 0 0 4 0 [0, 1, 1, 1, 2, 2, 2, 2, 2, 3]
