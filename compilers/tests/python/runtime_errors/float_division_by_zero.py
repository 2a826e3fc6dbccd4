rate = 2.5
count = 0
print(rate * 2)
print(rate / count)
# expect: 5.0
# expect runtime error: trap 4
# expect stderr: ZeroDivisionError: float division by zero
