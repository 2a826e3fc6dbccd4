print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2), (1, "a") < (1, "b"))
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * y
print(grid[(2, 1)], (1, 1) in grid, len(grid), sorted(grid)[-1])
# expect: True True True True
# expect: 2 True 6 (2, 1)
