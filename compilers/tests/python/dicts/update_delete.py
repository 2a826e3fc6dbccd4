d = dict()
d["x"] = 1
d.update({"y": 2, "x": 10})
del d["y"]
print(d)
d.setdefault("z", []).append(5)
d.setdefault("z", []).append(6)
print(d)
e = d.copy()
e["x"] = 0
print(d["x"], e["x"], dict([(1, 2), (3, 4)]))
# expect: {'x': 10}
# expect: {'x': 10, 'z': [5, 6]}
# expect: 10 0 {1: 2, 3: 4}
