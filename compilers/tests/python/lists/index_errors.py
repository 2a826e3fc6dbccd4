xs = [1, 2, 3]
try:
    print(xs[3])
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    xs.index(7)
except ValueError as e:
    print("ValueError:", e)
print(xs[-3])
# expect: IndexError: list index out of range
# expect: IndexError: pop from empty list
# expect: ValueError: 7 is not in list
# expect: 1
