# Tabulating a polynomial by the method of differences, as the Difference Engine did.
def table(coeffs, count):
    def f(x):
        return sum(c * x ** i for i, c in enumerate(coeffs))
    order = len(coeffs) - 1
    values = [f(x) for x in range(order + 1)]
    diffs = [values]
    for _ in range(order):
        prev = diffs[-1]
        diffs.append([prev[i + 1] - prev[i] for i in range(len(prev) - 1)])
    column = [d[0] for d in diffs]
    out = []
    for _ in range(count):
        out.append(column[0])
        for i in range(order):
            column[i] += column[i + 1]
    return out
print(table([41, 1, 1], 10))
# expect: [41, 43, 47, 53, 61, 71, 83, 97, 113, 131]
