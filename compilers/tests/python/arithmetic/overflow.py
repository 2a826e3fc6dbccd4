# Ints are exact up to the Engine's 50-digit words; past them the run stops with an overflow that names
# the line, never a wrong number (CPython prints the 81-digit product: this program is not referenced).
x = 10 ** 40
print(x)
y = x * x
print(y)
# expect: 10000000000000000000000000000000000000000
# expect runtime error: overflow at line 5
