# operators on instances: __add__ and the other special methods, the reflected ones second
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.sqrt(self.x ** 2 + self.y ** 2)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


a = Vector(3, 4)
b = Vector(1, -2)
print(a + b, a - b, a * 2, 3 * a, a / 2, -a, abs(a))
print(a + b == Vector(4, 2), a != b)
total = Vector(0, 0)
for v in [a, b, Vector(10, 10)]:
    total += v
print(total, sum([a, b], Vector(0, 0)))


class Fraction:
    def __init__(self, n, d=1):
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n = n // g
        self.d = d // g

    def __add__(self, other):
        if isinstance(other, int):
            other = Fraction(other)
        return Fraction(self.n * other.d + other.n * self.d, self.d * other.d)

    __radd__ = __add__

    def __mul__(self, other):
        return Fraction(self.n * other.n, self.d * other.d)

    def __lt__(self, other):
        return self.n * other.d < other.n * self.d

    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)


h = Fraction(0)
for k in range(1, 6):
    h = h + Fraction(1, k)
print(h, Fraction(1, 2) * Fraction(2, 3), 1 + Fraction(1, 3), Fraction(1, 3) + 1)
print(sum([Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]))
print(*sorted([Fraction(3, 4), Fraction(1, 8), Fraction(2, 3)]))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Fraction(1) - Fraction(2)
except TypeError as e:
    print("TypeError:", e)
try:
    -Fraction(1)
except TypeError as e:
    print("TypeError:", e)
# expect: Vector(4, 2) Vector(2, 6) Vector(6, 8) Vector(9, 12) Vector(1.5, 2.0) Vector(-3, -4) 5.0
# expect: True True
# expect: Vector(14, 12) Vector(4, 2)
# expect: 137/60 1/3 4/3 4/3
# expect: 1
# expect: 1/8 2/3 3/4
# expect: AttributeError: 'int' object has no attribute 'x'
# expect: TypeError: unsupported operand type(s) for -: 'Fraction' and 'Fraction'
# expect: TypeError: bad operand type for unary -: 'Fraction'


class Meters:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return Meters(self.n + other.n)

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __eq__(self, other):
        return self.n == other.n if isinstance(other, Meters) else NotImplemented

    def __lt__(self, other):
        return self.n < other.n if isinstance(other, Meters) else NotImplemented


print(sum([Meters(2), Meters(3)]).n, Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != "m", NotImplemented)
for attempt in (lambda: Meters(1) + 1, lambda: "m" + Meters(1), lambda: Meters(1) < 2):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
# expect: 5 True False True NotImplemented
# expect: TypeError: unsupported operand type(s) for +: 'Meters' and 'int'
# expect: TypeError: can only concatenate str (not "Meters") to str
# expect: TypeError: '<' not supported between instances of 'Meters' and 'int'
# a @ b: the left's __matmul__, then the right's __rmatmul__; a @= b: __imatmul__ (checked against python3)
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __matmul__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __rmatmul__(self, other):
        return f"rmatmul({other})"

    def __imatmul__(self, k):
        self.xs = [x * k for x in self.xs]
        return self


v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), 7 @ v)
v @= 2
print(v.xs)
for a, b in ((1, 2), (v, 3)):
    try:
        print(a @ b)
    except TypeError as e:
        print(e)
# expect: 32 rmatmul(7)
# expect: [2, 4, 6]
# expect: unsupported operand type(s) for @: 'int' and 'int'
# expect: unsupported operand type(s) for @: 'Vec' and 'int'
