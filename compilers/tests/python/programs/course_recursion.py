"""Recursion: towers of Hanoi, permutations, n-queens, memoised paths, flattening."""


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result


def queens(n, row=0, cols=(), out=None):
    if out is None:
        out = []
    if row == n:
        out.append(cols)
        return out
    for c in range(n):
        if all(c != qc and abs(c - qc) != row - r for r, qc in enumerate(cols)):
            queens(n, row + 1, cols + (c,), out)
    return out


memo = {}


def paths(r, c):
    """Lattice paths from (0, 0) to (r, c)."""
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from_list(x)
        else:
            yield x


def from_list(x):
    return sum(1 for _ in x)


def flat(nested):
    out = []
    for x in nested:
        if isinstance(x, list):
            out.extend(flat(x))
        else:
            out.append(x)
    return out


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


moves = hanoi(4)
print(len(moves), moves[:5])
perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])
solutions = queens(6)
print(len(solutions), solutions)
for cols in solutions[:1]:
    for c in cols:
        print(" ".join("Q" if i == c else "." for i in range(6)))
print(paths(10, 10), len(memo))
print(list(flatten([1, [2, 3], (4,), 5])))
print(flat([1, [2, [3, [4, [5]]]], 6]))
print(ackermann(2, 3))
print(sum(range(101)), sum(x * x for x in range(10)))


def depth(n):
    return 1 if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
# expect: 15 [('A', 'B'), ('A', 'C'), ('B', 'C'), ('A', 'B'), ('C', 'A')]
# expect: 6 [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
# expect: ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
# expect: 4 [(1, 3, 5, 0, 2, 4), (2, 5, 1, 4, 0, 3), (3, 0, 4, 1, 5, 2), (4, 2, 0, 5, 3, 1)]
# expect: . Q . . . .
# expect: . . . Q . .
# expect: . . . . . Q
# expect: Q . . . . .
# expect: . . Q . . .
# expect: . . . . Q .
# expect: 184756 100
# expect: [1, 2, 1, 5]
# expect: [1, 2, 3, 4, 5, 6]
# expect: 9
# expect: 5050 285
# expect: 901
# expect: RecursionError: maximum recursion depth exceeded
