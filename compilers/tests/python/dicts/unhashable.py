d = {}
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(e)
print(len(d))
# expect: unhashable type: 'list'
# expect: 0
