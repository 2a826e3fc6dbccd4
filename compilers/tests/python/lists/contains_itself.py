# A list, tuple or dict met again inside its own repr is written [...], (...) or {...} (CPython's
# Py_ReprEnter); the same list twice side by side is no recursion. Expectations checked against python3.11.
l = [1]
l.append(l)
print(l, str(l), f"{l}", "%s" % [l], [l, l])
t = ([],)
t[0].append(t)
print(t)
d = {"a": 1}
d["self"] = d
print(d, len(d))
d2 = {}
d2[1] = [d2]
print(d2)
class Node:
    def __init__(self):
        self.links = [self]
    def __repr__(self):
        return "Node" + repr(self.links)
print(Node())
m = [1, 2]
print([m, m], (m, [m]), [m, {1: m}])
class Bad:
    def __repr__(self):
        raise ValueError("no repr")
try:
    print([1, [Bad()]])
except ValueError as e:
    print("caught", e)
print([m, [m]])
# expect: [1, [...]] [1, [...]] [1, [...]] [[1, [...]]] [[1, [...]], [1, [...]]]
# expect: ([(...)],)
# expect: {'a': 1, 'self': {...}} 2
# expect: {1: [{...}]}
# expect: Node[Node[...]]
# expect: [[1, 2], [1, 2]] ([1, 2], [[1, 2]]) [[1, 2], {1: [1, 2]}]
# expect: caught no repr
# expect: [[1, 2], [[1, 2]]]
