print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(pow(2, 10), pow(3, 4, 5), pow(7, 0))
print(abs(-42), abs(0), abs(7))
# expect: (3, 2) (-4, 3) (-4, -3)
# expect: 1024 1 1
# expect: 42 0 7
