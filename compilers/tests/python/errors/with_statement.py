with open("data.txt") as f:
    print(f.read())
# error: 1:1: the 'with' statement is not supported
