print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(len(range(0, 100, 7)), 14 in range(0, 100, 7), 15 in range(0, 100, 7), range(3)[1], list(range(-3, 3)))
for i in range(3, 0, -1):
    print(i)
r = range(1, 10, 2)
print(sum(r), list(reversed(r)), r)
# expect: [0, 1, 2, 3, 4] [2, 3, 4, 5] [10, 7, 4, 1] [] []
# expect: 15 True False 1 [-3, -2, -1, 0, 1, 2]
# expect: 3
# expect: 2
# expect: 1
# expect: 25 [9, 7, 5, 3, 1] range(1, 10, 2)
