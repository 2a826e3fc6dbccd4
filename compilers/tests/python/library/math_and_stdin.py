# stdin: hello
# stdin: ab
# stdin: cd
import math, sys
from math import gcd as g, factorial
print(math.gcd(12, 18), g(7, 21), math.lcm(4, 6, 10), factorial(20), math.isqrt(10 ** 30 + 5), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
first = sys.stdin.readline()
print(repr(first))
for line in sys.stdin:
    print(line.strip().upper())
# expect: 6 7 60 2432902008176640000 1000000000000000 120 20 24
# expect: 'hello\n'
# expect: AB
# expect: CD
