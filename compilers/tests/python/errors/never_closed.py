values = [1, 2,
print(values)
# error: 1:10: SyntaxError: '[' was never closed
