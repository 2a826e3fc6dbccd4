print(float(7), float(-3), float("1.5"), float(" -2e3\n"), float("1_000.25"), float("inf"), float("-Infinity"))
print(float("nan"), float(), float(True), float(2.5), float(" .5 "), float("1e-3"), float("12345678901234567890"))
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(2.0 ** 70), int(float("1e10")))
print(type(1.5), type(1 / 2), isinstance(1.5, float), isinstance(1, float), isinstance(1.5, (int, float)))
print(str(2.5), repr(-0.1), f"{1.25}", "%s and %r" % (0.5, 1.5), str([0.1]))
# expect: 7.0 -3.0 1.5 -2000.0 1000.25 inf -inf
# expect: nan 0.0 1.0 2.5 0.5 0.001 1.2345678901234567e+19
# expect: 3 -3 100000000000000000000 0 1180591620717411303424 10000000000
# expect: <class 'float'> <class 'float'> True False True
# expect: 2.5 -0.1 1.25 0.5 and 1.5 [0.1]
