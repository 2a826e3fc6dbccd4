a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print({x % 3 for x in range(10)} == {0, 1, 2}, {1, 2} <= {1, 2, 3})
# expect: [1, 2, 3, 4, 5] [3, 4] [1, 2] [1, 2, 5]
# expect: True True
