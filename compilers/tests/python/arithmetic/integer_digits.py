def digits(n):
    out = []
    while n > 0:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(1843), digits(0), sum(digits(2 ** 50)))
print(int("".join(str(d) for d in digits(987654321))) + 1)
# expect: [1, 8, 4, 3] [0] 76
# expect: 987654322
