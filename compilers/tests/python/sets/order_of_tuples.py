# Tuples of ints hash the same in every CPython run (xxHash over the items' hashes): their order is fixed.
visited = set()
for x in range(-2, 3):
    for y in range(0, 4, 2):
        visited.add((x, y))
print(visited)
print({(r, c) for r in range(3) for c in range(3) if r != c})
moves = {(0, 1), (1, 0), (0, -1), (-1, 0)}
print(moves, len(moves))
print({(1, (2, 3)), (True, 4), (10**20, -5)})
# Expected output from CPython 3.11.
# expect: {(1, 2), (2, 2), (0, 0), (2, 0), (-2, 0), (-1, 0), (0, 2), (-1, 2), (1, 0), (-2, 2)}
# expect: {(0, 1), (1, 2), (2, 1), (2, 0), (0, 2), (1, 0)}
# expect: {(0, 1), (1, 0), (-1, 0), (0, -1)} 4
# expect: {(1, (2, 3)), (100000000000000000000, -5), (True, 4)}
