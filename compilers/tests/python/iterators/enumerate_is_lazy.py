def naturals():
    n = 0
    while True:
        yield n
        n += 1


e = enumerate("abc", start=5)
print(next(e))
print(list(e), list(e))
print(next(enumerate(naturals(), 1)))
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
words = iter(["x", "y", "z"])
for i, w in enumerate(words):
    if i == 1:
        break
print(list(words))
# Expected output from CPython 3.11.
# expect: (5, 'a')
# expect: [(6, 'b'), (7, 'c')] []
# expect: (1, 0)
# expect: 0 a c
# expect: 1 b d
# expect: ['z']
