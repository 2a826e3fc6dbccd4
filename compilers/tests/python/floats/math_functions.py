import math
from math import pi, sqrt as root

print(math.sqrt(2), root(16), math.floor(2.7), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9))
print(pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.floor(7), math.ceil(True))
print(math.exp(1), math.log(10), math.log(8, 2), math.log10(1000), math.log10(2), math.pow(2, 0.5), math.pow(2, 10))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), math.fmod(7.5, -2), math.isnan(math.nan), math.isinf(-math.inf))
print(math.isfinite(1e308), math.isfinite(math.inf), math.sqrt(0.25) * 4, math.log(10 ** 30), type(math.floor(1.5)))
def attempt(f):
    try:
        print(f())
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)


attempt(lambda: math.sqrt(-1))
attempt(lambda: math.log(0))
attempt(lambda: math.exp(1000))
attempt(lambda: math.pow(0, -1))
attempt(lambda: math.pow(-8, 0.5))
attempt(lambda: math.floor(math.inf))
attempt(lambda: math.ceil(math.nan))
attempt(lambda: math.fmod(1, 0))
attempt(lambda: math.log(1, 1))
attempt(lambda: math.sqrt("a"))
# expect: 1.4142135623730951 4.0 2 -3 3 -2 -3
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan 7 1
# expect: 2.718281828459045 2.302585092994046 3.0 3.0 0.3010299956639812 1.4142135623730951 1024.0
# expect: 3.0 -2.0 -1.0 1.5 True True
# expect: True False 2.0 69.07755278982137 <class 'int'>
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: OverflowError math range error
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError cannot convert float NaN to integer
# expect: ValueError math domain error
# expect: ZeroDivisionError float division by zero
# expect: TypeError must be real number, not str
