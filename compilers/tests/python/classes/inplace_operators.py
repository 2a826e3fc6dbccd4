# a op= b: the instance's in-place method (__iadd__, __isub__, __ior__, __imul__) when its class has one, its
# result bound even when it is None; else a op b (__add__, then __radd__ of the right operand). Lists, sets
# and dicts change in place; the errors name the augmented operator (+=).
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        print("add")
        return Vec(self.x + other.x, self.y + other.y)

    def __iadd__(self, other):
        print("iadd")
        self.x += other.x
        self.y += other.y
        return self

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        return Money(self.c + (other.c if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.c)

    def __mul__(self, k):
        return Money(self.c * k)

    def __repr__(self):
        return f"Money({self.c})"


class Bag:
    def __init__(self):
        self.items = []

    def __isub__(self, item):
        self.items.remove(item)
        return self

    def __ior__(self, other):
        self.items.extend(other)
        return self

    def __imul__(self, k):
        self.items = self.items * k
        return None


a = Vec(1, 2)
b = a
a += Vec(10, 20)
print(a, b, a is b)
c = a + b
print(c)
m = Money(5)
keep = m
m += 3
m *= 2
print(m, keep, m is keep)
t = 10
t += Money(1)
print(t)
bag = Bag()
bag |= [1, 2, 3]
bag -= 2
print(bag.items)
bag *= 2
print(bag)
d = {"a": 1}
alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(alias)
s = {1, 2}
s2 = s
s |= {3}
s -= {1}
print(s2)
xs = [1]
ys = xs
xs += (2, 3)
print(ys)
tu = (1,)
tu += (2,)
print(tu)
for bad in ["x", None]:
    try:
        n = 1
        n += bad
    except TypeError as e:
        print(e)
try:
    q = Bag()
    q += 1
except TypeError as e:
    print(e)
try:
    st = "a"
    st += 1
except TypeError as e:
    print(e)
try:
    p = 2
    p **= "x"
except TypeError as e:
    print(e)
try:
    p = 2
    p <<= "x"
except TypeError as e:
    print(e)
try:
    p = [1]
    p *= "x"
except TypeError as e:
    print(e)
try:
    p = {1}
    p |= [2]
except TypeError as e:
    print(e)
# expect: iadd
# expect: Vec(11, 22) Vec(11, 22) True
# expect: add
# expect: Vec(22, 44)
# expect: Money(16) Money(5) False
# expect: Money(11)
# expect: [1, 3]
# expect: None
# expect: {'a': 1, 'b': 2, 'c': 3}
# expect: {2, 3}
# expect: [1, 2, 3]
# expect: (1, 2)
# expect: unsupported operand type(s) for +=: 'int' and 'str'
# expect: unsupported operand type(s) for +=: 'int' and 'NoneType'
# expect: unsupported operand type(s) for +=: 'Bag' and 'int'
# expect: can only concatenate str (not "int") to str
# expect: unsupported operand type(s) for **=: 'int' and 'str'
# expect: unsupported operand type(s) for <<=: 'int' and 'str'
# expect: can't multiply sequence by non-int of type 'str'
# expect: unsupported operand type(s) for |=: 'set' and 'list'


class Tally:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        return NotImplemented  # then tally + other, as CPython

    def __add__(self, other):
        return Tally(self.n + other)


tally = Tally(1)
tally += 2
print(type(tally).__name__, tally.n)
# expect: Tally 3
