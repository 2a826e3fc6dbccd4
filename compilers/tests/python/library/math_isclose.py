# math.isclose with its default and given tolerances
import math
from math import isclose

print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, isclose(1, 1.0), isclose(1e-10, 0), isclose(1e-10, 0, abs_tol=1e-9))
print(isclose(100, 101, rel_tol=0.01), isclose(100, 102, rel_tol=0.01), isclose(math.inf, math.inf), isclose(math.inf, 1e308))
print(isclose(math.nan, math.nan), isclose(-0.0, 0.0), isclose(1.0, 1.0 + 1e-9), isclose(1.0, 1.0 + 1.1e-9), isclose(5, 5))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, math.isclose(total, 1.0), math.isclose(2 ** 0.5 * 2 ** 0.5, 2, rel_tol=1e-15, abs_tol=0))
try:
    isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(math.pi.is_integer(), math.inf.is_integer())  # a method of a module's float constant
# expect: True False True False True
# expect: True False True False
# expect: False True False False True
# expect: 0.9999999999999999 False True True
# expect: ValueError: tolerances must be non-negative
# expect: False False
