# round(x, n) of a float for every n: the exact binary value rounded, a half to the even digit.
prices = [1234.5678, 2.675, 0.125, 0.375, 1.005, 99.995, -0.5, -2.5, 1e22, 5e-324]
for p in prices:
    print(p, [round(p, n) for n in (-3, -2, -1, 0, 1, 2, 3)])
# halves of tens, hundreds: to the even multiple
print(round(25.0, -1), round(35.0, -1), round(-25.0, -1), round(150.0, -2), round(250.0, -2), round(250.01, -2))
# the sign of a zero result is kept
print(round(-4.0, -1), round(0.0, -3), round(-0.0, -2), round(-0.3, 0), round(-123.0, -400))
# very large and very small n
print(round(1.7976931348623157e308, -302), round(123.456, -308), round(123.456, 400), round(1e-300, 300))
print(round(12345678901234567890.0, -5), round(0.1 + 0.2, 15), round(2.5), round(3.5), round(-2.5))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError:", e)
r = round
print(r(0.5), r(1.25, 1), r(1234.5, -2))
# The expected output is CPython 3.11's (3.12 prints the same).
# expect: 1234.5678 [1000.0, 1200.0, 1230.0, 1235.0, 1234.6, 1234.57, 1234.568]
# expect: 2.675 [0.0, 0.0, 0.0, 3.0, 2.7, 2.67, 2.675]
# expect: 0.125 [0.0, 0.0, 0.0, 0.0, 0.1, 0.12, 0.125]
# expect: 0.375 [0.0, 0.0, 0.0, 0.0, 0.4, 0.38, 0.375]
# expect: 1.005 [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.005]
# expect: 99.995 [0.0, 100.0, 100.0, 100.0, 100.0, 100.0, 99.995]
# expect: -0.5 [-0.0, -0.0, -0.0, -0.0, -0.5, -0.5, -0.5]
# expect: -2.5 [-0.0, -0.0, -0.0, -2.0, -2.5, -2.5, -2.5]
# expect: 1e+22 [1e+22, 1e+22, 1e+22, 1e+22, 1e+22, 1e+22, 1e+22]
# expect: 5e-324 [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
# expect: 20.0 40.0 -20.0 200.0 200.0 300.0
# expect: -0.0 0.0 -0.0 -0.0 -0.0
# expect: 1.797693e+308 0.0 123.456 1e-300
# expect: 1.23456789012346e+19 0.3 2 4 -2
# expect: OverflowError: rounded value too large to represent
# expect: 0 1.2 1200.0
