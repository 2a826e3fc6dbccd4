a = 1; b = 2; print(a + b)
if a: print("one line if")
# expect: 3
# expect: one line if
