"""The error messages a beginner meets, caught and printed."""


def f(a, b):
    return a + b


class P:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return 42


tests = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: len(5),
    lambda: int("3.5"),
    lambda: [1, 2][5],
    lambda: None.foo,
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(1, c=2),
    lambda: undefined_name,
    lambda: [x for x in 5],
    lambda: {[1]: 2},
    lambda: sorted([1, "a"]),
    lambda: max([1], key=len),
    lambda: float("abc"),
    lambda: "abc".index("z"),
    lambda: [1].remove(2),
    lambda: (1, 2).index(3),
    lambda: 1 / 0,
    lambda: 10 % 0,
    lambda: 2.0 // 0,
    lambda: P(1).y,
    lambda: str(P(1)),
    lambda: range(1.5),
    lambda: chr(-1),
    lambda: "%d" % "x",
    lambda: "{} {}".format(1),
    lambda: {"a": 1}["b"],
    lambda: int(None),
    lambda: [1, 2, 3][1:2:0],
    lambda: "abc"[10],
    lambda: (1, 2) + [3],
    lambda: -"a",
    lambda: [] < 1,
    lambda: "x" * "y",
    lambda: next(iter([])),
    lambda: list(5),
    lambda: dict([1, 2]),
    lambda: abs("x"),
    lambda: round("x"),
    lambda: ord("ab"),
    lambda: "a".join([1, 2]),
    lambda: int("12", 1),
    lambda: pow(2, -1, 5),
    lambda: "abc".split(""),
    lambda: set().pop(),
    lambda: {}.popitem(),
    lambda: [].pop(),
    lambda: print(1, sep=2),
    lambda: divmod(1, 0),
    lambda: dict(["ab", (1, 2, 3)]),
    lambda: dict(["ab"]),
    lambda: pow(3, -2, 7),
    lambda: pow(4, -1, 8),
    lambda: int("z", 36),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)


def unpack():
    a, b = [1, 2, 3]


def unpack2():
    a, b, c = (1, 2)


for fn in (unpack, unpack2):
    try:
        fn()
    except ValueError as e:
        print(e)
x = 5
x()
# expect: 0 TypeError: can only concatenate str (not "int") to str
# expect: 1 TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: 2 TypeError: object of type 'int' has no len()
# expect: 3 ValueError: invalid literal for int() with base 10: '3.5'
# expect: 4 IndexError: list index out of range
# expect: 5 AttributeError: 'NoneType' object has no attribute 'foo'
# expect: 6 TypeError: f() takes 2 positional arguments but 3 were given
# expect: 7 TypeError: f() missing 1 required positional argument: 'b'
# expect: 8 TypeError: f() got an unexpected keyword argument 'c'
# expect: 9 NameError: name 'undefined_name' is not defined
# expect: 10 TypeError: 'int' object is not iterable
# expect: 11 TypeError: unhashable type: 'list'
# expect: 12 TypeError: '<' not supported between instances of 'str' and 'int'
# expect: 13 TypeError: object of type 'int' has no len()
# expect: 14 ValueError: could not convert string to float: 'abc'
# expect: 15 ValueError: substring not found
# expect: 16 ValueError: list.remove(x): x not in list
# expect: 17 ValueError: tuple.index(x): x not in tuple
# expect: 18 ZeroDivisionError: division by zero
# expect: 19 ZeroDivisionError: integer modulo by zero
# expect: 20 ZeroDivisionError: float floor division by zero
# expect: 21 AttributeError: 'P' object has no attribute 'y'
# expect: 22 TypeError: __str__ returned non-string (type int)
# expect: 23 TypeError: 'float' object cannot be interpreted as an integer
# expect: 24 ValueError: chr() arg not in range(0x110000)
# expect: 25 TypeError: %d format: a real number is required, not str
# expect: 26 IndexError: Replacement index 1 out of range for positional args tuple
# expect: 27 KeyError: 'b'
# expect: 28 TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: 29 ValueError: slice step cannot be zero
# expect: 30 IndexError: string index out of range
# expect: 31 TypeError: can only concatenate tuple (not "list") to tuple
# expect: 32 TypeError: bad operand type for unary -: 'str'
# expect: 33 TypeError: '<' not supported between instances of 'list' and 'int'
# expect: 34 TypeError: can't multiply sequence by non-int of type 'str'
# expect: 35 StopIteration: 
# expect: 36 TypeError: 'int' object is not iterable
# expect: 37 TypeError: cannot convert dictionary update sequence element #0 to a sequence
# expect: 38 TypeError: bad operand type for abs(): 'str'
# expect: 39 TypeError: type str doesn't define __round__ method
# expect: 40 TypeError: ord() expected a character, but string of length 2 found
# expect: 41 TypeError: sequence item 0: expected str instance, int found
# expect: 42 ValueError: int() base must be >= 2 and <= 36, or 0
# expect: 43 no error
# expect: 44 ValueError: empty separator
# expect: 45 KeyError: 'pop from an empty set'
# expect: 46 KeyError: 'popitem(): dictionary is empty'
# expect: 47 IndexError: pop from empty list
# expect: 48 TypeError: sep must be None or a string, not int
# expect: 49 ZeroDivisionError: integer division or modulo by zero
# expect: 50 ValueError: dictionary update sequence element #1 has length 3; 2 is required
# expect: 51 no error
# expect: 52 no error
# expect: 53 ValueError: base is not invertible for the given modulus
# expect: 54 no error
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 3, got 2)
# expect runtime error: trap 4
# expect stderr: TypeError: 'int' object is not callable
