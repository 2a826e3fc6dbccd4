values = [1, 2, "3"]
total = 0
for v in values:
    total = total + v
# expect runtime error: trap 4
# expect stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'
