def naturals():
    n = 0
    while True:
        yield n
        n += 1


it = iter([1, 2, 3, 4, 5])
print(list(zip(it, "ab")))
print(list(it))  # zip took 1, 2 and then 3, finding "ab" finished
print(list(zip(naturals(), "xyz")))
print(list(zip()))
z = zip([1, 2], [3, 4])
print(next(z))
print(list(z), list(z))
print(dict(zip("ab", naturals())))


def noisy(name, n):
    for i in range(n):
        print(name, i)
        yield i


for pair in zip(noisy("a", 3), noisy("b", 2)):
    print(pair)
# Expected output from CPython 3.11.
# expect: [(1, 'a'), (2, 'b')]
# expect: [4, 5]
# expect: [(0, 'x'), (1, 'y'), (2, 'z')]
# expect: []
# expect: (1, 3)
# expect: [(2, 4)] []
# expect: {'a': 0, 'b': 1}
# expect: a 0
# expect: b 0
# expect: (0, 0)
# expect: a 1
# expect: b 1
# expect: (1, 1)
# expect: a 2
