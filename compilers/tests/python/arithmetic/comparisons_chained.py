x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 != 4)
print(3 > 2 > 1, 1 < 3 < 2)
a = [1, 2]
print(a == [1, 2], a != [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
# expect: True False True True
# expect: True False
# expect: True False True True
