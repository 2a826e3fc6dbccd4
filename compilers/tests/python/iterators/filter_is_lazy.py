def naturals():
    n = 0
    while True:
        yield n
        n += 1


evens = filter(lambda x: x % 2 == 0, naturals())
print(next(evens), next(evens), next(evens))


def keep(x):
    print("test", x)
    return x > 1


f = filter(keep, [1, 2, 3])
print("made filter")
for x in f:
    print("got", x)
print(list(f))
print(list(filter(None, [0, 1, "", "a", [], [0]])))
# Expected output from CPython 3.11.
# expect: 0 2 4
# expect: made filter
# expect: test 1
# expect: test 2
# expect: got 2
# expect: test 3
# expect: got 3
# expect: []
# expect: [1, 'a', [0]]
