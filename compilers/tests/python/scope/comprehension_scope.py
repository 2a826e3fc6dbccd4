x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
n = 3
print([n * i for i in range(n)])
print([(i, j) for i in range(3) for j in range(i)])
# expect: [0, 1, 4, 9] outer
# expect: [0, 3, 6]
# expect: [(1, 0), (2, 0), (2, 1)]
