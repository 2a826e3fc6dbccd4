import math

name = "ann"
x = 3.0
items = [1, 2]
print(f"{name=}", f"{x=:.2f}", f"{1+2=}", f"{ name = }", f"{items=!s}", f"{x = :>8}")
print(f"{len(items)=} {items[0] == 1=} {x!r:>6}")
for n in [16, 17, 2.0, 2.5, 1e300, -0.0]:
    root = math.sqrt(n)
    print(n, root, root.is_integer(), float(n).is_integer())
print(float("inf").is_integer(), float("nan").is_integer())
perfect = [n for n in range(1, 50) if math.sqrt(n).is_integer()]
print(f"{perfect = }")
# expect: name='ann' x=3.00 1+2=3  name = 'ann' items=[1, 2] x =      3.0
# expect: len(items)=2 items[0] == 1=True    3.0
# expect: 16 4.0 True True
# expect: 17 4.123105625617661 False True
# expect: 2.0 1.4142135623730951 False True
# expect: 2.5 1.5811388300841898 False False
# expect: 1e+300 1e+150 True True
# expect: -0.0 -0.0 True True
# expect: False False
# expect: perfect = [1, 4, 9, 16, 25, 36, 49]
