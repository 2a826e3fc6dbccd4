a = [1, [2, 3], (4, 5)]
print(a == [1, [2, 3], (4, 5)], [2, 3] in a, (4, 5) in a, [3, 2] in a)
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], a.index([2, 3]), a.count(1))
# expect: True True True False
# expect: True True True 1 1
