# round() halves to even; with ndigits, of the exact value of the double
print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.49999999999999994), round(1e20))
print(round(2.675, 2), round(1.23456, 3), round(0.125, 2), round(0.375, 2), round(-2.5, 0), round(1.5, 1))
print(round(5), round(7, 2), round(2.5, None), round(1234.5678, 1), round(1e-10, 5), round(0.5, 20))
print(type(round(2.5)), type(round(2.5, 1)))
# expect: 2 4 0 -2 0 100000000000000000000
# expect: 2.67 1.235 0.12 0.38 -2.0 1.5
# expect: 5 7 2 1234.6 0.0 0.5
# expect: <class 'int'> <class 'float'>
