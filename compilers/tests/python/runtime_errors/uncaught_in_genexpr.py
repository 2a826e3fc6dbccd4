values = [4, 2, 0, 1]
total = sum(12 // v for v in values)
print(total)
# expect runtime error: trap 4
# expect stderr: ZeroDivisionError: integer division or modulo by zero
