print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any("a"), all(x < 5 for x in range(5)))
# expect: False True True False True True
