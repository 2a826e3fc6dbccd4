def f():
    def g():
        nonlocal missing
        missing = 1
    g()
# error: 3:9: SyntaxError: no binding for nonlocal 'missing' found
