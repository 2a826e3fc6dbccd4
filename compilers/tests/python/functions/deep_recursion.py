def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(150))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
# expect: 150
# expect: 9
