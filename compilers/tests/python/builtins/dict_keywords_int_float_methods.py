# dict() with keyword arguments; int() and float() of an instance call __int__ and __float__
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"k": 0}, k=5), dict(zip("ab", [1, 2]), c=3))
base = {"n": 1}
copy = dict(base, m=2)
print(base, copy)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100

    def __int__(self):
        return self.cents // 100


m = Money(1999)
print(int(m), float(m), f"{float(m):.1f}", int(Money(-250)))


class Bad:
    def __int__(self):
        return 1.5

    def __float__(self):
        return 2


for conv in (int, float):
    try:
        conv(Bad())
    except TypeError as e:
        print(e)
try:
    int(base)
except TypeError as e:
    print(e)
# expect: {'a': 1, 'b': 2} {'x': 1, 'y': 2} {'k': 5} {'a': 1, 'b': 2, 'c': 3}
# expect: {'n': 1} {'n': 1, 'm': 2}
# expect: 19 19.99 20.0 -3
# expect: __int__ returned non-int (type float)
# expect: Bad.__float__ returned non-float (type int)
# expect: int() argument must be a string, a bytes-like object or a real number, not 'dict'
