# stdin: 3 4
# stdin: #..#
# stdin: .##.
# stdin: ####
rows, cols = map(int, input().split())
grid = [input() for _ in range(rows)]
count = sum(row.count("#") for row in grid)
print(rows, cols, count)
for r in range(rows):
    print("".join("X" if grid[r][c] == "#" else " " for c in range(cols)).rstrip() + "|")
# expect: 3 4 8
# expect: X  X|
# expect:  XX|
# expect: XXXX|
