def h():
    print((yield 2))
yield 3
# error: 2:12: 'yield' is supported as a statement
# error: 3:1: SyntaxError: 'yield' outside function
