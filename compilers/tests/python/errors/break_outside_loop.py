if True:
    break
# error: 2:5: SyntaxError: 'break' outside loop
