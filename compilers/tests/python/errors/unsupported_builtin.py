data = open("f.txt")
print(eval("1 + 1"))
# error: 1:8: the built-in 'open' is not supported
# error: 2:7: the built-in 'eval' is not supported
