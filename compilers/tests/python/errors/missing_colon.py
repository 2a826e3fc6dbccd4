x = 3
if x > 2
    print(x)
# error: 2:9: SyntaxError: expected ':'
