xs = [4, -2, 9, 0]
print(min(xs), max(xs), sum(xs), sum(xs, 100))
print(min(3, 1, 2), max("a", "b"), max(xs, key=abs), min(["bb", "a", "ccc"], key=len))
print(max([], default=7), min((5, 2), (5, 1)))
print(sum([[1], [2, 3]], start=[]), sum((x * x for x in xs), start=-1))
pairs = [[3], [1, 2]]
print(min(*pairs, key=len), max(*pairs), min(*[[4, 2]], default=0))
for args in (pairs, [[5]]):
    try:
        print(max(*args, default=None))
    except TypeError as e:  # CPython 3.11's words
        print(e)
# expect: -2 9 11 111
# expect: 1 b 9 a
# expect: 7 (5, 1)
# expect: [1, 2, 3] 100
# expect: [3] [3] 2
# expect: Cannot specify a default for max() with multiple positional arguments
# expect: 5
