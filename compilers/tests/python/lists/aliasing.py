a = [1, 2]
b = a
b.append(3)
print(a, a is b, a == [1, 2, 3], a is [1, 2, 3])
c = a + [4]
print(a, c)
a += [5]
print(a, b)
# expect: [1, 2, 3] True True False
# expect: [1, 2, 3] [1, 2, 3, 4]
# expect: [1, 2, 3, 5] [1, 2, 3, 5]
