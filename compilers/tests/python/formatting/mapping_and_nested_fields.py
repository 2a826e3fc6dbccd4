# % formatting with a mapping, %(name)s; str.format with fields inside the specification
print("%(name)s is %(age)d" % {"name": "ann", "age": 30})
print("%(x)5.2f|%(x)-8r|%(y)s%%" % {"x": 3.14159, "y": [1]})
print("{0:>{1}}|".format("a", 4), "{:{}}|".format("b", 3), "{:>{w}.{p}f}|".format(3.14159, w=8, p=2))
print("{:{fill}^{width}}".format("mid", fill="*", width=9), "{0:{1}{2}}|".format(7, "<", 5))
rows = [("apple", 1.5), ("kiwi", 12.25)]
width = max(len(r[0]) for r in rows)
for name, price in rows:
    print("{:<{}} {:>{}.2f}".format(name, width, price, 7))
try:
    "%(missing)s" % {"a": 1}
except KeyError as e:
    print("KeyError", e)
try:
    "%(a)s" % (1,)
except TypeError as e:
    print("TypeError", e)
r = range(10)
print(r[2:5], r[::2], r[::-1], r[5:2], r[2:100], r[-3:], range(0, 10, 3)[1:], range(20, 0, -4)[1:3], list(r[1:8:3]))
print(len(r[::3]), sum(range(100)[::7]), r[3:7][1], 4 in r[3:7], list(range(5)[::-2]))
# expect: ann is 30
# expect:  3.14|3.14159 |[1]%
# expect:    a| b  |     3.14|
# expect: ***mid*** 7    |
# expect: apple    1.50
# expect: kiwi    12.25
# expect: KeyError 'missing'
# expect: TypeError format requires a mapping
# expect: range(2, 5) range(0, 10, 2) range(9, -1, -1) range(5, 2) range(2, 10) range(7, 10) range(3, 12, 3) range(16, 8, -4) [1, 4, 7]
# expect: 4 735 4 True [4, 2, 0]
