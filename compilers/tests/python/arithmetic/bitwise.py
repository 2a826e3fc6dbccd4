print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2)
print(True & False, True | False, True ^ True)
# expect: 8 14 6 -13 1024 128
# expect: 0 -2 -2 -1 -4
# expect: False True False
