print(len("abc"), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 3}), len(range(2, 10, 3)), len(""))
# expect: 3 2 1 2 3 3 0
