print(divmod(7.5, 2), divmod(-7, 2.0), pow(2.0, 3), pow(2, 0.5), max(1.5, 2), min(2.5, 1), sorted([2.5, 1, 1.5]))
print({0.5, 1.0, 1}, {1.5: 2}, 1.5 in {1.5}, [0.1] * 2, str(-1e-7), int("7") / 2, 1e3 == 1000)
x = 10
x /= 4
print(x, 5 // 0.3, 5 % 0.3)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(e)
# expect: (3.0, 1.5) (-4.0, 1.0) 8.0 1.4142135623730951 2 1 [1, 1.5, 2.5]
# expect: {0.5, 1.0} {1.5: 2} True [0.1, 0.1] -1e-07 3.5 True
# expect: 2.5 16.0 0.20000000000000018
# expect: float divmod()
