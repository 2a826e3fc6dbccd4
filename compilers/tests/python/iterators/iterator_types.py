print(type(map(abs, [])))
print(type(zip()), type(filter(None, [])), type(enumerate([])))
print(type(reversed([])), type(reversed(range(3))), type(reversed("ab")))
print(type(x for x in []))
print(type(map(abs, [])).__name__, type(zip()).__name__)
# Expected output from CPython 3.11.
# expect: <class 'map'>
# expect: <class 'zip'> <class 'filter'> <class 'enumerate'>
# expect: <class 'list_reverseiterator'> <class 'range_iterator'> <class 'reversed'>
# expect: <class 'generator'>
# expect: map zip
