print(5 % 0)
# expect runtime error: trap 4
# expect stderr: ZeroDivisionError: integer modulo by zero
