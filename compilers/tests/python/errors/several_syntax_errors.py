# Every syntax error of the program in one pass.
if True
    pass
x = = 1
while x
    pass
# error: 2:8: SyntaxError: expected ':'
# error: 4:5: SyntaxError: invalid syntax
# error: 5:8: SyntaxError: expected ':'
