r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(list(reversed(range(1, 10, 3))), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
l = [1, 2, 3, 4]
r = reversed(l)
print(next(r))
l.pop()
l.pop()
print(list(r))  # the list shrank under the iterator: CPython stops
try:
    reversed({1, 2})
except TypeError as ex:
    print(ex)
# Expected output from CPython 3.11.
# expect: 3 [2, 1] []
# expect: [7, 4, 1] ['c', 'b', 'a'] [2, 1]
# expect: ['b', 'a']
# expect: 4
# expect: []
# expect: 'set' object is not reversible
