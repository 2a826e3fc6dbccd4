import random
x = 2.5
y = eval("x")
with open("f") as f:
    pass
# error: 1:1: 'import random' is not supported
# error: 3:5: the built-in 'eval' is not supported
# error: 4:6: the built-in 'open' is not supported
