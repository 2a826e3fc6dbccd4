class A:
    x = 1
    for i in range(3):
        x += i
# error: 3:5: only method definitions, classes and simple attribute assignments are supported in a class body
