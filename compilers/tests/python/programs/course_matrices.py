"""Matrices as lists of lists: multiply, transpose, determinant, identity, pretty printing."""


def zeros(r, c):
    return [[0] * c for _ in range(r)]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(row) for row in zip(*m)]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shapes {len(a)}x{len(a[0])} and {len(b)}x{len(b[0])} do not match")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total


def show(m, name):
    width = max(len(str(x)) for row in m for x in row)
    print(f"{name} =")
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a, "A")
show(transpose(a), "A^T")
show(matmul(a, b), "A*B")
show(matmul(b, a), "B*A")
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(m), det(identity(4)), det([[1, 2], [2, 4]]))
grid = zeros(3, 4)
grid[1][2] = 5
print(grid)
aliased = [[0] * 3] * 2
aliased[0][0] = 9
print(aliased)
powers = identity(2)
fib = [[1, 1], [1, 0]]
for _ in range(10):
    powers = matmul(powers, fib)
print(powers, powers[0][1])
diag = [m[i][i] for i in range(len(m))]
anti = [m[i][-1 - i] for i in range(len(m))]
print(diag, anti, sum(map(sum, m)), [max(col) for col in zip(*m)])
print(matmul([[1.5, 0.5]], [[2], [4]]))
matmul(a, a)
# expect: A =
# expect:   [1 2 3]
# expect:   [4 5 6]
# expect: A^T =
# expect:   [1 4]
# expect:   [2 5]
# expect:   [3 6]
# expect: A*B =
# expect:   [ 58  64]
# expect:   [139 154]
# expect: B*A =
# expect:   [ 39  54  69]
# expect:   [ 49  68  87]
# expect:   [ 59  82 105]
# expect: det 49 1 0
# expect: [[0, 0, 0, 0], [0, 0, 5, 0], [0, 0, 0, 0]]
# expect: [[9, 0, 0], [9, 0, 0]]
# expect: [[89, 55], [55, 34]] 55
# expect: [2, 0, 5] [1, 0, 1] 11 [2, 4, 5]
# expect: [[5.0]]
# expect runtime error: trap 4
# expect stderr: ValueError: shapes 2x3 and 2x3 do not match
