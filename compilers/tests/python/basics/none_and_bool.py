x = None
print(x is None, x is not None, x == None)
print(True + True, True * 5, False - 1)
print(bool(0), bool(3), bool(""), bool("a"), bool([]), bool([0]), bool(None))
# expect: True False True
# expect: 2 5 -1
# expect: False True False True False True False
