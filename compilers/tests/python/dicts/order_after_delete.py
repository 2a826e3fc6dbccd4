d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 10
d["b"] = 20
print(d, list(d))
print(d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
# expect: {'b': 20, 'c': 3, 'a': 10} ['b', 'c', 'a']
# expect: default
# expect: KeyError: 'zz'
