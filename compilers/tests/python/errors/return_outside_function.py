x = 1
return x
# error: 2:1: SyntaxError: 'return' outside function
