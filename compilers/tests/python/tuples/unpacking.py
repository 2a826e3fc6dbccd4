def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1])
print(lo, hi)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, (b, c) = 1, (2, 3)
print(a, b, c)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
# expect: 1 8
# expect: 1 [2, 3, 4]
# expect: ['a', 'b'] c
# expect: 1 2 3
# expect: 0 3
# expect: 1 7
