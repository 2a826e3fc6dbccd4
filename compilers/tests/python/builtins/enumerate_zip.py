names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(zip(names, [1, 2, 3])), list(zip("ab", "xyz", [1, 2])))
for a, b in zip([1, 2], [3, 4]):
    print(a * b)
print(dict(zip(names, range(3))))
# expect: 0 a
# expect: 1 b
# expect: 2 c
# expect: 1 a
# expect: 2 b
# expect: 3 c
# expect: [('a', 1), ('b', 2), ('c', 3)] [('a', 'x', 1), ('b', 'y', 2)]
# expect: 3
# expect: 8
# expect: {'a': 0, 'b': 1, 'c': 2}
