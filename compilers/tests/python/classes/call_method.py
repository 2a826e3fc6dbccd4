class Multiplier:
    """Multiplies by a fixed factor when called."""

    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x, times=1):
        self.calls += 1
        return x * self.factor * times


class Plain:
    pass


double = Multiplier(2)
print(double(21), double(x=5), double(3, times=4), double.calls)
print(list(map(double, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
print([callable(v) for v in [double, Plain(), Plain, Multiplier.__call__, double.__call__, print, 7]])
print(Multiplier.__call__.__doc__, Multiplier.__doc__)
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: 42 10 24 3
# expect: [2, 4, 6] [3, 2, 1]
# expect: [True, False, True, True, True, True, False]
# expect: None Multiplies by a fixed factor when called.
# expect: TypeError: 'Plain' object is not callable
