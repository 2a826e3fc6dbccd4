x = 1
    y = 2
# error: 2:4: IndentationError: unexpected indent
