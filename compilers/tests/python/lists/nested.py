grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
for row in grid:
    print(row)
m = [[1, 2], [3, 4]]
print(m[1][0], len(m), [row[1] for row in m])
# expect: [0, 0, 0]
# expect: [0, 5, 0]
# expect: [0, 0, 0]
# expect: 3 2 [2, 4]
