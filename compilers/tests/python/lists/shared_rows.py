shared = [[0] * 2] * 3
shared[0][0] = 1
print(shared)
separate = [[0] * 2 for _ in range(3)]
separate[0][0] = 1
print(separate)
# expect: [[1, 0], [1, 0], [1, 0]]
# expect: [[1, 0], [0, 0], [0, 0]]
