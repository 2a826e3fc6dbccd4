add = lambda a, b: a + b
print(add(2, 3), (lambda: 42)(), (lambda x, y=10: x * y)(4))
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[0])
print(pairs)
make = lambda n: lambda x: x + n
print(make(5)(10))
# expect: 5 42 40
# expect: [(1, 'one'), (2, 'two'), (3, 'three')]
# expect: 15
