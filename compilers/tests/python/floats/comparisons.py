# int against float compares exactly, as CPython does
print(1 == 1.0, 2 < 2.5, 3 > 2.5, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1.0 <= 1, 1.0 >= 1, -0.0 == 0.0, 0.5 != 0.5)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan < 1, nan >= 1, nan != nan, inf > 10 ** 40, -inf < -(10 ** 40))
print(10 ** 40 < 1e40, 10 ** 40 == 1e40, 10 ** 22 == 1e22, 1 < 1.5 < 2, sorted([3, 1.5, -2, 2.5, 0]))
print(max(1, 2.5, 2), min([0.5, -1, 3]), 1.5 in [1, 1.5], 2.0 in {1, 2, 3}, {1.0: "a"}[1])
print(bool(0.0), bool(-0.0), bool(0.1), not 0.0, 0.0 or "empty", 2.5 and "yes")
# expect: True True True False True
# expect: False True True True True False
# expect: False False False True True True
# expect: True False True True [-2, 0, 1.5, 2.5, 3]
# expect: 2.5 -1 True True a
# expect: False False True True empty yes
