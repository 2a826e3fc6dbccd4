xs = [1, 2, 3, 4]
xs[-1] = 40
xs[0] += 10
xs.insert(-1, 99)
print(xs, xs.pop(-2), xs)
try:
    xs[10] = 1
except IndexError as e:
    print("IndexError:", e)
# expect: [11, 2, 3, 40] 99 [11, 2, 3, 40]
# expect: IndexError: list assignment index out of range
