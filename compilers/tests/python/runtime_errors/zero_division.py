print("computing")
x = 10
y = 0
print(x // y)
# expect: computing
# expect runtime error: trap 4
# expect stderr: ZeroDivisionError: integer division or modulo by zero
