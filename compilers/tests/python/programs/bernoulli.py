# The Bernoulli numbers of Note G as exact fractions (numerator, denominator).
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def add(p, q):
    n = p[0] * q[1] + q[0] * p[1]
    d = p[1] * q[1]
    g = gcd(n, d)
    return (n // g, d // g)
def mul(p, q):
    n = p[0] * q[0]
    d = p[1] * q[1]
    g = gcd(n, d)
    return (n // g, d // g)
def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
B = [(1, 1)]
for m in range(1, 9):
    s = (0, 1)
    for k in range(m):
        s = add(s, mul((binom(m + 1, k), 1), B[k]))
    B.append(mul((-1, m + 1), s))
for i, (n, d) in enumerate(B):
    print(f"B{i} = {n}/{d}")
# expect: B0 = 1/1
# expect: B1 = -1/2
# expect: B2 = 1/6
# expect: B3 = 0/1
# expect: B4 = -1/30
# expect: B5 = 0/1
# expect: B6 = 1/42
# expect: B7 = 0/1
# expect: B8 = -1/30
