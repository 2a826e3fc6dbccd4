x = 5
print(type(x))
# error: 2:7: the built-in 'type' is not supported
