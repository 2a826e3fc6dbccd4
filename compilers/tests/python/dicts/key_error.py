d = {"a": 1}
try:
    print(d["b"])
except KeyError as e:
    print("missing", e)
print(d.pop("a"), d)
d[(1, 2)] = "tuple key"
d[3] = "int key"
print(d[(1, 2)], d[3])
# expect: missing 'b'
# expect: 1 {}
# expect: tuple key int key
