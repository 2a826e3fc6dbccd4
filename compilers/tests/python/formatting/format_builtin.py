# format(): the built-in beside f-strings' format specifications
print(format(255, "x"), format(3.5, ".2f"), format(12, "05d"), format("s", ">3"), format(1234567, ","))
print(format(42), format([1, 2]), format(0.1), repr(format("", "")), format(True, ""))
print(format(-7, "+d"), format(0.25, "%"), format(12.5, "^9.1f") + "|")
# expect: ff 3.50 00012   s 1,234,567
# expect: 42 [1, 2] 0.1 '' True
# expect: -7 25.000000%   12.5   |
