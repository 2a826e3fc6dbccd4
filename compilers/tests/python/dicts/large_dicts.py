# Past eight items a dict has a hash index: lookups, deletions (the index made again), clear, tuple keys
counts = {}
words = ("the quick brown fox jumps over the lazy dog " * 3 + " ".join(str(i % 37) for i in range(300))).split()
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["the"], counts["5"], list(counts)[:12])
for k in list(counts):
    if k.isdigit() and int(k) % 3 == 0:
        del counts[k]
print(len(counts), "3" in counts, "4" in counts, counts.get("4"), list(counts.items())[-3:])
grid = {(r, c): r * c for r in range(12) for c in range(12)}
print(grid[(11, 11)], (3, 4) in grid, (12, 0) in grid, len(grid))
grid.pop((3, 4))
print((3, 4) in grid, grid.setdefault((3, 4), -1), grid[(3, 4)], list(grid)[-1])
d = dict(zip(range(20), "abcdefghijklmnopqrst"))
d.clear()
d[True] = 1
d[1] = 2
print(d)
big = {i: i * i for i in range(50)}
print(big[49], sum(big.values()), big == {i: i * i for i in reversed(range(50))})
class P:
    pass
p = P()
p.a, p.b, p.c, p.d, p.e, p.f, p.g, p.h, p.i, p.j = range(10)
p.k = p.a + p.j
print(p.k, p.e, p.h)
# Expected output from CPython 3.11.
# expect: 45 6 8 ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', '0', '1', '2', '3']
# expect: 32 False True 8 [('32', 8), ('34', 8), ('35', 8)]
# expect: 121 True False 144
# expect: False -1 -1 (3, 4)
# expect: {True: 2}
# expect: 2401 40425 True
# expect: 9 4 7
