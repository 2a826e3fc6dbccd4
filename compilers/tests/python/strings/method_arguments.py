# optional and keyword arguments of str and list methods; multiplying a sequence by a non-int
print("a,b,c".split(",", maxsplit=1), "a b c".split(maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1))
print("x\ny\n".splitlines(keepends=True), "k: v: w".split(sep=": "), "a b".split(sep=None))
print([1, 2, 3, 2].index(2, 2), [5, 6, 7, 6].index(6, -2), (1, 2, 1).index(1, 1), [0, 1, 0].index(0, 1, 3))
print("abc".endswith("bc", 1), "abc".startswith("b", 1), "abcdef".endswith("cd", 0, 4), "abc".startswith("", 2, 1))
print("abc".startswith(("x", "b"), 1), "hello".endswith("l", -3, -1), "abc".startswith("a", 5))
for bad in [lambda: "x" * "y", lambda: [1] * 2.5, lambda: 2.5 * (1,), lambda: [0, 1].index(0, 1),
            lambda: "a b".split(sep=" ", count=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ['a', 'b,c'] ['a', 'b c'] ['a-b', 'c']
# expect: ['x\n', 'y\n'] ['k', 'v', 'w'] ['a', 'b']
# expect: 3 3 2 2
# expect: True True True False
# expect: True True False
# expect: TypeError can't multiply sequence by non-int of type 'str'
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: TypeError can't multiply sequence by non-int of type 'float'
# expect: ValueError 0 is not in list
# expect: TypeError 'count' is an invalid keyword argument for split()
