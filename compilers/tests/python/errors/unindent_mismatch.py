def f():
        x = 1
    return x
# error: 3:13: IndentationError: unindent does not match any outer indentation level
