# set and dict methods by name
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 8], (7,)), a.intersection([4, 3, 10]), a.difference(range(2)), a.union())
print(a.issubset(b), {3}.issubset(b), a.issuperset({1, 2}), a.isdisjoint({7}), a.isdisjoint(b))
print(a.issubset([1, 2, 3, 4, 5]), b.issuperset([3]))
c = set(a)
c.intersection_update(b)
d = set(a)
d.difference_update([1, 2])
e = set(a)
e.symmetric_difference_update(b)
print(c, d, e, a)
print(dict.fromkeys("abc", 0), dict.fromkeys(["x", "y"]), {}.fromkeys(range(3), "z"))
inventory = {"apples": 3, "pears": 0, "plums": 7}
print(inventory.popitem(), inventory)
inventory.update([("figs", 2)], kiwis=5)
inventory.update(pears=1)
print(inventory)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
# expect: {1, 2, 3, 4, 5} {3, 4} {1, 2} {1, 2, 5}
# expect: {1, 2, 3, 4, 7, 8, 9} {3, 4} {2, 3, 4} {1, 2, 3, 4}
# expect: False True True True False
# expect: True True
# expect: {3, 4} {3, 4} {1, 2, 5} {1, 2, 3, 4}
# expect: {'a': 0, 'b': 0, 'c': 0} {'x': None, 'y': None} {0: 'z', 1: 'z', 2: 'z'}
# expect: ('plums', 7) {'apples': 3, 'pears': 0}
# expect: {'apples': 3, 'pears': 1, 'figs': 2, 'kiwis': 5}
# expect: KeyError: 'popitem(): dictionary is empty'
