# map calls its function one item at a time, when the item is asked for
def show(x):
    print("f", x)
    return x * 10


m = map(show, [1, 2, 3])
print("made map")
print(next(m))
print(list(m))
print(list(m))  # a used iterator gives nothing the second time


def naturals():
    n = 0
    while True:
        yield n
        n += 1


squares = map(lambda x: x * x, naturals())
for s in squares:
    if s > 50:
        break
    print(s)
print(list(map(lambda a, b: a + b, [1, 2, 3], naturals())))
print(sum(map(int, "123")), max(map(len, ["a", "abc"])), sorted(map(lambda s: -s, [3, 1, 2])))
a, b = map(int, "4 5".split())
print(a + b, "-".join(map(str, range(4))))
# Expected output from CPython 3.11.
# expect: made map
# expect: f 1
# expect: 10
# expect: f 2
# expect: f 3
# expect: [20, 30]
# expect: []
# expect: 0
# expect: 1
# expect: 4
# expect: 9
# expect: 16
# expect: 25
# expect: 36
# expect: 49
# expect: [1, 3, 5]
# expect: 6 3 [-3, -2, -1]
# expect: 9 0-1-2-3
