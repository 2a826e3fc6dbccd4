def f():
        x = 1
    return x
# error: 3:5: IndentationError: unindent does not match any outer indentation level
