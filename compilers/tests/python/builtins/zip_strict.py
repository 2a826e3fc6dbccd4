# zip(..., strict=True) (Python 3.10): the iterables must end together, else CPython's ValueError naming the
# argument that is shorter or longer; called by name or as a value; the last one uncaught. Expected: CPython 3.11's.
pairs = list(zip([1, 2], "ab", strict=True))
print(pairs)
for args in (([1, 2, 3], "ab"), ([1], "ab"), ([1], "a", []), ([], [], "x"), ("ab", "cd", "e")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip("abc", [1, 2], strict=False)), list(zip(strict=True)))
z = zip
print(list(z("ab", (3, 4), strict=1)))
def numbers():
    yield 1
    yield 2
    print("numbers ended")
it = zip(numbers(), "xyz", strict=True)
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))
list(zip(range(3), range(4), strict=True))
# expect: [(1, 'a'), (2, 'b')]
# expect: ValueError: zip() argument 2 is shorter than argument 1
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: ValueError: zip() argument 3 is shorter than arguments 1-2
# expect: ValueError: zip() argument 3 is longer than arguments 1-2
# expect: ValueError: zip() argument 3 is shorter than arguments 1-2
# expect: [('a', 1), ('b', 2)] []
# expect: [('a', 3), ('b', 4)]
# expect: (1, 'x') (2, 'y')
# expect: numbers ended
# expect: ValueError: zip() argument 2 is longer than argument 1
# expect: [('a', 'c'), ('b', 'd')]
# expect runtime error: trap 4 at line 24
# expect stderr: ValueError: zip() argument 2 is longer than argument 1
# expect exit: 1
