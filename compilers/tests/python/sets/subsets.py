a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, b < a, a == {2, 1})
# expect: True True True True False True False True
