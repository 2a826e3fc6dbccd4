a = [0, 1, 2, 3, 4]
del a[1]
print(a)
del a[-1]
print(a)
b = a.copy()
a.clear()
print(a, b)
# expect: [0, 2, 3, 4]
# expect: [0, 2, 3]
# expect: [] [0, 2, 3]
