def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs
print(bubble([5, 2, 9, 1, 5, 6]), bubble([]), bubble(["b", "a"]))
# expect: [1, 2, 5, 5, 6, 9] [] ['a', 'b']
