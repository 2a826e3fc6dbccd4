# The numeric tower's attributes and methods of int, bool and float: real, imag, numerator, denominator,
# conjugate() and as_integer_ratio(); the expected output is CPython 3.11's.
def describe(n):
    num, den = n.as_integer_ratio()
    return f"{n!r}: real={n.real!r} imag={n.imag!r} conj={n.conjugate()!r} ratio={num}/{den}"


for n in [10, -7, 0, True, False, 2.5, -0.0, 0.1, 8.0, 1e20, -0.75]:
    print(describe(n))
print(
    [(k.numerator, k.denominator) for k in (12, -3, True)],
    type(True.real).__name__,
    type((2.5).imag).__name__,
)
ratio = (9).as_integer_ratio
print(hasattr(5, "numerator"), hasattr(2.5, "numerator"), getattr(3, "denominator"), ratio())  # noqa: B009
print(list(map(int.conjugate, [1, True])), sum(x.real for x in [1, 2.5, True]))
tests = [
    lambda: (2.5).numerator,
    lambda: float("-inf").as_integer_ratio(),
    lambda: float("nan").as_integer_ratio(),
    lambda: (5).conjugate(1),
    lambda: (5.0).as_integer_ratio(2),
]
for t in tests:
    try:
        t()
    except (AttributeError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = 7
try:
    x.denominator = 2
except AttributeError as e:
    print(e)
try:
    True.real = 1
except AttributeError as e:
    print(e)
y = 1.5
y.imag = 1.0
# expect: 10: real=10 imag=0 conj=10 ratio=10/1
# expect: -7: real=-7 imag=0 conj=-7 ratio=-7/1
# expect: 0: real=0 imag=0 conj=0 ratio=0/1
# expect: True: real=1 imag=0 conj=1 ratio=1/1
# expect: False: real=0 imag=0 conj=0 ratio=0/1
# expect: 2.5: real=2.5 imag=0.0 conj=2.5 ratio=5/2
# expect: -0.0: real=-0.0 imag=0.0 conj=-0.0 ratio=0/1
# expect: 0.1: real=0.1 imag=0.0 conj=0.1 ratio=3602879701896397/36028797018963968
# expect: 8.0: real=8.0 imag=0.0 conj=8.0 ratio=8/1
# expect: 1e+20: real=1e+20 imag=0.0 conj=1e+20 ratio=100000000000000000000/1
# expect: -0.75: real=-0.75 imag=0.0 conj=-0.75 ratio=-3/4
# expect: [(12, 1), (-3, 1), (1, 1)] int float
# expect: True False 1 (9, 1)
# expect: [1, 1] 4.5
# expect: AttributeError 'float' object has no attribute 'numerator'
# expect: OverflowError cannot convert Infinity to integer ratio
# expect: ValueError cannot convert NaN to integer ratio
# expect: TypeError int.conjugate() takes no arguments (1 given)
# expect: TypeError float.as_integer_ratio() takes no arguments (1 given)
# expect: attribute 'denominator' of 'int' objects is not writable
# expect: attribute 'real' of 'int' objects is not writable
# expect runtime error: trap 4
# expect stderr: AttributeError: attribute 'imag' of 'float' objects is not writable
