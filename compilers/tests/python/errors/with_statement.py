with open("data.txt") as f:
    print(f.read())
# error: 1:6: the built-in 'open' is not supported
