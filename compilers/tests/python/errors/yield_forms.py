def g():
    try:
        yield 1
    finally:
        pass
def h():
    x = yield 2
yield 3
# error: 3:9: 'yield' inside a try statement is not supported
# error: 7:9: 'yield' is supported as a statement
# error: 8:1: SyntaxError: 'yield' outside function
