# map, zip, filter, enumerate and reversed are types in CPython: printed, compared with type(), used as values
print(map, zip, filter, enumerate, reversed)
m = map(abs, [-1])
print(type(m) is map, isinstance(m, map), type(zip()) is zip)
try:
    len(map(abs, []))
except TypeError as e:
    print(e)
try:
    map(abs, [1])[0]
except TypeError as e:
    print(e)
print(bool(map(abs, [])))
print(list(zip(*[[1, 2], [3, 4]])))
print(sorted(enumerate("cab"), key=lambda p: p[1]))
print(max(zip([1, 2], [3, 0])), min(enumerate("xy")))
print(dict(enumerate("ab")), set(map(abs, [-3, 3, 2])), tuple(filter(None, (0, 1, 2))))
print("".join(reversed("stressed")), sum(x for x in range(5)))
it = iter(range(10))
print(list(zip(it, it)))
pairs = [("a", 1), ("b", 2)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(list(map(*[abs, [-1, -2]])))
f = reversed
print(list(f([1, 2])), list(map(enumerate, ["ab"]))[0].__class__ if False else 0)
print(isinstance(reversed([1]), reversed), type(reversed([1])), isinstance(iter([]), map))
# Expected output from CPython 3.11.
# expect: <class 'map'> <class 'zip'> <class 'filter'> <class 'enumerate'> <class 'reversed'>
# expect: True True True
# expect: object of type 'map' has no len()
# expect: 'map' object is not subscriptable
# expect: True
# expect: [(1, 3), (2, 4)]
# expect: [(1, 'a'), (2, 'b'), (0, 'c')]
# expect: (2, 0) (0, 'x')
# expect: {0: 'a', 1: 'b'} {2, 3} (1, 2)
# expect: desserts 10
# expect: [(0, 1), (2, 3), (4, 5), (6, 7), (8, 9)]
# expect: ('a', 'b') (1, 2)
# expect: [1, 2]
# expect: [2, 1] 0
# expect: False <class 'list_reverseiterator'> False
