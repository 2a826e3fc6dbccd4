a = 5
b = a
a = a + 1
print(a, b)
x = y = 7
print(x, y)
a, b = b, a
print(a, b)
# expect: 6 5
# expect: 7 7
# expect: 5 6
