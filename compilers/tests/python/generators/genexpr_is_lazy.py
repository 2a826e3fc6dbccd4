def noisy(n):
    for i in range(n):
        print("make", i)
        yield i


g = (x * 2 for x in noisy(3))
print("made")
print(next(g))
print(list(g))
print(list(g))
k = 10
h = (x + k for x in range(3) if x != 1)
k = 100  # read when the items are made, as in CPython
print(sum(h))
print(sum(x * y for x in range(4) for y in range(x)))


def count():
    n = 0
    while True:
        yield n
        n += 1


print(next(x for x in count() if x > 5))
print(any(x > 3 for x in count()))
print(all(x < 3 for x in count()))
pairs = ((a, b) for a in "ab" for b in (1, 2) if (a, b) != ("a", 2))
print(next(pairs), list(pairs))


def outer():
    base = [1, 2, 3]
    return (b * b for b in base)


print(list(outer()))


class Box:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(i for i in self.items if i > 0)


print(Box([3, -1, 4]).total())
# Expected output from CPython 3.11.
# expect: made
# expect: make 0
# expect: 0
# expect: make 1
# expect: make 2
# expect: [2, 4]
# expect: []
# expect: 202
# expect: 11
# expect: 6
# expect: True
# expect: False
# expect: ('a', 1) [('b', 1), ('b', 2)]
# expect: [1, 4, 9]
# expect: 7
