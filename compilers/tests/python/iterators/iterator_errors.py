try:
    zip(1, [2])
except TypeError as ex:
    print(ex)
try:
    map(abs, 5)
except TypeError as ex:
    print(ex)
try:
    filter(None, 7)
except TypeError as ex:
    print(ex)
try:
    (x for x in 5)  # the first iterable is taken at once
except TypeError as ex:
    print(ex)
m = map(lambda x: 12 // x, [1, 0, 3])
print(next(m))
try:
    next(m)
except ZeroDivisionError as ex:
    print("caught", ex)
print(next(m))
g = (10 // x for x in [2, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as ex:
    print("caught", ex)
print(next(g, "finished"))
# Expected output from CPython 3.11.
# expect: 'int' object is not iterable
# expect: 'int' object is not iterable
# expect: 'int' object is not iterable
# expect: 'int' object is not iterable
# expect: 12
# expect: caught integer division or modulo by zero
# expect: 4
# expect: 5
# expect: caught integer division or modulo by zero
# expect: finished
